package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.IssueResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Minimum denomination (issue 14 item 10): an issue, transfer, offer or buyback that would leave an account's free
 * holding, or an offered lot, above zero but below the series' minimum is POLICY_VIOLATION and changes nothing.
 */
class DenominationTest extends BondFixture {

    @Test
    void theEssaysSeriesSellsOneHundredthOfAUnitAsAOneHundredTicket() {
        // The essay: units divisible to 0.01, a 100 minimum ticket. Face 10,000.00: 0.01 x 10,000.00 = 100.00.
        create(terms("ESSAY-2026").face("10000.00").minDenomination("0.01").build());
        IssueResult r = subscribeAndIssue("ESSAY-2026", "banka", "banka:main", "0.01", "10000.00");
        assertThat(r.cash().toPlainString()).isEqualTo("100.00");
        assertThat(bonds("regulator").show("ESSAY-2026").minDenomination().toPlainString())
                .isEqualTo("0.01");
    }

    @Test
    void aSeriesWithoutAMinimumHasTheSmallestUnitAndTheMinimumCannotExceedTheAuthorized() {
        create(fixed("CGB-2026-01"));
        assertThat(bonds("regulator").show("CGB-2026-01").minDenomination().toPlainString())
                .isEqualTo("0.01");
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "minimum denomination 10000.01 is above the authorized 10000.00 units",
                () -> bonds("centralbank")
                        .create(terms("CGB-2026-02").minDenomination("10000.01").build()));
    }

    /** Minimum 1.00 unit (face 100.00: a 100.00 ticket). Bank A holds 3.00 free. */
    @Nested
    class OneUnitMinimum {
        static final String S = "CGB-MIN-1";

        @BeforeEach
        void issued() {
            create(terms(S).minDenomination("1.00").build());
            bonds("bankb").subscribe(S, "bankb:main", "1000.00");
            subscribeAndIssue(S, "banka", "banka:main", "3", "100.00");
        }

        @Test
        void anIssueMayNotLeaveANewHolderBelowTheMinimum() {
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "the holding of BankBMSP:main would be 0.50 units of CGB-MIN-1, below its minimum denomination"
                            + " 1.00",
                    () -> bonds("centralbank").issue(S, "bankb:main", "0.50", "100.00"));
            bonds("centralbank").issue(S, "bankb:main", "1.00", "100.00");
            tick();
            bonds("centralbank").issue(S, "bankb:main", "0.50", "100.00"); // 1.00 + 0.50 = 1.50: above it
            tick();
            assertThat(units(S, "bankb:main")).isEqualTo("1.50");
        }

        @Test
        void aTransferMayNotLeaveEitherSideBelowTheMinimum() {
            // 3.00 - 2.50 = 0.50 left with Bank A
            assertRejected(
                    ErrorCode.POLICY_VIOLATION, "the holding of BankAMSP:main would be 0.50", () -> bonds("banka")
                            .transfer(S, "banka:main", "bankb:main", "2.50"));
            // 0.50 arriving at Bank B, which holds none
            assertRejected(
                    ErrorCode.POLICY_VIOLATION, "the holding of BankBMSP:main would be 0.50", () -> bonds("banka")
                            .transfer(S, "banka:main", "bankb:main", "0.50"));
            bonds("banka").transfer(S, "banka:main", "bankb:main", "2.00"); // 1.00 and 2.00
            tick();
            bonds("banka").transfer(S, "banka:main", "bankb:main", "1.00"); // none left: allowed
            tick();
            assertThat(units(S, "banka:main")).isEqualTo("0.00");
            assertThat(units(S, "bankb:main")).isEqualTo("3.00");
        }

        @Test
        void anOfferMayNotSplitOffALotOrLeaveAFreeRemainderBelowTheMinimum() {
            assertRejected(ErrorCode.POLICY_VIOLATION, "the offered lot would be 0.50", () -> bonds("banka")
                    .offer(S, "banka:main", "0.50", "100.00", null));
            assertRejected(
                    ErrorCode.POLICY_VIOLATION, "the free holding of BankAMSP:main would be 0.50", () -> bonds("banka")
                            .offer(S, "banka:main", "2.50", "100.00", null));
            bonds("banka").offer(S, "banka:main", "2.00", "100.00", null); // 1.00 stays free
            tick();
            assertThat(bonds("regulator")
                            .holdings(S, "banka:main")
                            .get(0)
                            .locked()
                            .toPlainString())
                    .isEqualTo("2.00");
        }

        @Test
        void aBuybackMayNotLeaveTheHolderBelowTheMinimum() {
            bonds("banka").tender(S, "banka:main", "3", "90.00");
            tick();
            assertRejected(
                    ErrorCode.POLICY_VIOLATION, "the holding of BankAMSP:main would be 0.50", () -> bonds("centralbank")
                            .buyback(S, "banka:main", "2.50", "95.00"));
            bonds("centralbank").buyback(S, "banka:main", "3", "95.00");
            tick();
            assertThat(units(S, "banka:main")).isEqualTo("0.00");
        }
    }
}
