package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.transport.BondBridgeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplianceTest extends PaymentFixture {

    private List<Alert> alerts() {
        return payments("regulator").corridors().alerts().alerts();
    }

    @Nested
    class Alerts {
        @Test
        void firesAtFiftyThousandUsdEquivalentAndNotBelow() {
            // 1 CNY = 0.125 USD: 400,000.00 CNY = 50,000.00 USD exactly; 399,999.99 CNY = 49,999.99875 USD, which
            // rounds to 50,000.00 but is below the threshold.
            assertThat(pay("BELOW", "399999.99").alert()).isFalse();
            assertThat(pay("AT", "400000.00").alert()).isTrue();

            assertThat(alerts()).extracting(Alert::e2eId).containsExactly("AT");
            assertThat(payments("hkcentralbank").show("AT").alert()).isTrue();
        }

        @Test
        void theAlertOnTheChannelNamesTheThresholdNotTheAmount() {
            pay("AT", "400000.00");
            String alert = Json.write(alerts().get(0));
            assertThat(alert).contains("50000.00").doesNotContain("400000");
        }

        @Test
        void onlyTheRegulatorOrAnAuditorListsAlerts() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not list payment alerts: needs role [REGULATOR, AUDITOR]",
                    () -> payments("banka").corridors().alerts());
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP may not list payment alerts: needs role [REGULATOR, AUDITOR]",
                    () -> payments("centralbank").corridors().alerts());
        }

        @Test
        void theThresholdIsAGovernedParameter() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP may not set the payment alert threshold: needs role REGULATOR",
                    () -> payments("centralbank").corridors().setAlertThreshold("1.00"));
            payments("regulator").corridors().setAlertThreshold("100.00");
            tick();
            // 800.00 CNY x 0.125 = 100.00 USD
            assertThat(pay("AT", "800.00").alert()).isTrue();
            assertThat(pay("BELOW", "799.99").alert()).isFalse();
        }

        @Test
        void aCurrencyWithoutAReferenceRateCannotBeChecked() {
            as("hkcentralbank").stableUnits().mint("HKD", "banka:main", "10.00");
            tick();
            // HKD has a rate in the fixture; a fresh ledger's corridor currency without one:
            payments("centralbank").corridors().set("CN-HK", "CN,HK", "CNY,HKD,JPY", null);
            tick();
            BondBridgeException e = assertRejected(ErrorCode.POLICY_VIOLATION, () -> payments("banka")
                    .send(SendRequest.of("JPY-1", "CN-HK", "banka:main", "bankb:main", "1", "JPY")));
            assertThat(e.getMessage()).contains("no USD reference rate for JPY");
        }
    }

    @Nested
    class BlockList {
        @Test
        void aBlockedParticipantCannotPayOrBePaid() {
            payments("regulator").corridors().block("bankb", "sanctions screening hit");
            tick();
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "BankBMSP (creditor agent) is on the regulator's block list",
                    () -> pay("E2E-1", "1.00"));
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "BankBMSP (debtor agent) is on the regulator's block list",
                    () -> payments("bankb")
                            .send(SendRequest.of("E2E-2", "CN-HK", "bankb:fx", "banka:main", "1.00", "HKD")));
            payments("regulator").corridors().unblock("bankb");
            tick();
            pay("E2E-1", "1.00");
            assertThat(balance("bankb:main", "CNY")).isEqualTo("1.00");
        }

        @Test
        void aBlockedFxProviderCannotTakePart() {
            as("hkcentralbank").stableUnits().mint("HKD", "hkcentralbank:main", "100.00");
            payments("hkcentralbank").quote("hkcentralbank:main", "CNY", "HKD", "1.09", QUOTE_UNTIL);
            tick();
            SendRequest viaHkma = SendRequest.of("P-1", "CN-HK", "banka:main", "bankb:main", "1.00", "CNY")
                    .withFx("HKD", "1.09", "hkcentralbank:main");
            payments("regulator").corridors().block("hkcentralbank", "test");
            tick();
            BondBridgeException e = assertRejected(
                    ErrorCode.POLICY_VIOLATION, () -> payments("banka").send(viaHkma));
            assertThat(e.getMessage()).contains("FX provider");
            payments("regulator").corridors().unblock("hkcentralbank");
            tick();
            payments("banka").send(viaHkma);
            assertThat(balance("bankb:main", "HKD")).isEqualTo("1.09");
        }

        @Test
        void onlyTheRegulatorBlocks() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP may not block participants: needs role REGULATOR",
                    () -> payments("centralbank").corridors().block("bankb", "x"));
            assertThat(payments("banka").corridors().blocked()).isEmpty();
        }
    }

    @Nested
    class DailyLimit {
        @Test
        void rejectsAPaymentOverWhatIsLeftOfTheDayAndResetsTheNextUtcDay() {
            payments("centralbank").corridors().set("CN-HK", "CN,HK", "CNY,HKD", "100000.00");
            tick();
            // 480,000.00 CNY = 60,000.00 USD; 40,000.00 USD left = 320,000.00 CNY
            pay("P-1", "480000.00");
            BondBridgeException e = assertRejected(ErrorCode.LIMIT_EXCEEDED, () -> pay("P-2", "320000.08"));
            assertThat(e.getMessage()).contains("USD 40000.00 left");
            pay("P-3", "320000.00");
            assertThat(payments("regulator").usage("CN-HK", null).usedUsd().toPlainString())
                    .isEqualTo("100000.00");

            now = Instant.parse("2026-01-06T00:00:00Z");
            pay("P-2", "8.00");
            assertThat(payments("regulator")
                            .usage("CN-HK", "2026-01-06")
                            .usedUsd()
                            .toPlainString())
                    .isEqualTo("1.00");
        }

        private Endorsement simulateSend(String e2eId, String from, String to) {
            Instruction i = Instruction.of(from, to, "1.00", "CNY").withSalt(PaymentClient.newSalt());
            return ledger.simulate(ledger.propose(
                    "BankAMSP",
                    "payment",
                    "send",
                    List.of(e2eId, "CN-HK", ""),
                    Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i)),
                    now));
        }

        @Test
        void paymentsOfACorridorWithoutALimitDoNotConflict() {
            payments("centralbank").corridors().set("CN-HK", "CN,HK", "CNY,HKD", null);
            tick();
            Endorsement a = simulateSend("P-1", "banka:main", "bankb:main");
            Endorsement b = simulateSend("P-2", "banka:ops", "bankb:ops");

            ledger.commit(a);
            ledger.commit(b);

            assertThat(balance("bankb:ops", "CNY")).isEqualTo("1.00");
        }

        @Test
        void paymentsOfALimitedCorridorAndDayConflictOnlyOnItsUsageRow() {
            Endorsement a = simulateSend("P-1", "banka:main", "bankb:main");
            Endorsement b = simulateSend("P-2", "banka:ops", "bankb:ops");
            ledger.commit(a);

            assertThatThrownBy(() -> ledger.commit(b)).isInstanceOfSatisfying(BondBridgeException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                assertThat(e).hasMessageContaining("pay.usage");
            });
            // a transport retries it, and it commits
            pay("P-3", "1.00");
        }
    }
}
