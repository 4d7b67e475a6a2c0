package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.embedded.Endorsement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a stable transfer asks of the peer: each key once. An account reference written with the caller's own alias
 * ({@code banka:main}, as users write them) is resolved through the caller's participant row, already read, with no
 * alias row and no read of a participant named {@code banka} that cannot exist (no MSP ID equals another
 * participant's alias); another organization's alias through its alias row alone (written with its participant,
 * once, never removed), without the participant's row. An account whose balance row carries the active mark needs no
 * account row; a freeze clears the mark, so the next leg reads the account row and finds the freeze.
 */
class TransferReadsTest extends StableFixture {
    @BeforeEach
    void bankAHoldsUnitsOnMainAndOps() {
        as("centralbank").reserves().add(cash("CNY-CASH-1", "CNY", "1000000.00"));
        tick();
        as("banka").governance().openAccount("ops");
        as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00");
        as("centralbank").stableUnits().mint("CNY", "banka:ops", "100.00");
        tick();
    }

    /** Bank A's transfer of 1.00 CNY from its main account to {@code to}, simulated only. */
    private Endorsement transferFromBankAMain(String to) {
        return ledger.simulate(ledger.propose(
                "BankAMSP", "stable", "transfer", List.of("CNY", "banka:main", to, "1.00"), Map.of(), now));
    }

    /** The keys {@code e} read one by one, parts joined by spaces ({@code gov.account BankAMSP ops}). */
    private static List<String> reads(Endorsement e) {
        return e.pointReads().stream()
                .map(k -> k.replace('\u0000', ' ').strip())
                .toList();
    }

    /** Bank A's transfer from its main account to {@code to} succeeds and reads exactly {@code keys}. */
    private void assertTransferReadsExactly(String to, String... keys) {
        Endorsement transfer = transferFromBankAMain(to);
        assertThat(transfer.ok()).as(transfer.message()).isTrue();
        assertThat(reads(transfer)).containsExactlyInAnyOrder(keys);
    }

    private String balanceOf(String account) {
        return as("regulator").stableUnits().balance("CNY", account).balance().toPlainString();
    }

    @Test
    void aTransferBetweenFundedAccountsReadsTheCallerAndTheTwoBalancesOnly() {
        assertTransferReadsExactly(
                "banka:ops",
                "gov.participant BankAMSP",
                "stable.balance BankAMSP main CNY",
                "stable.balance BankAMSP ops CNY");
    }

    @Test
    void aFirstCreditReadsTheAccountRowAndAnotherOrganizationsAliasItsAliasRowAlone() {
        assertTransferReadsExactly(
                "bankb:main",
                "gov.participant BankAMSP",
                "gov.alias bankb",
                "stable.balance BankAMSP main CNY",
                "stable.balance BankBMSP main CNY",
                "gov.account BankBMSP main");

        Endorsement unknown = transferFromBankAMain("bankz:main");
        assertThat(unknown.ok()).isFalse();
        assertThat(unknown.message()).contains("NOT_FOUND").contains("bankz");
    }

    @Test
    void aFreezeClearsTheMarkSoTheAccountRowIsReadAgainUntilALegFindsItActive() {
        as("regulator").governance().freeze("banka:ops", "court order", null);
        tick();
        Endorsement toFrozen = transferFromBankAMain("banka:ops");
        assertThat(toFrozen.ok()).isFalse();
        assertThat(toFrozen.message()).contains("FROZEN").contains("cannot receive");
        assertThat(reads(toFrozen)).contains("gov.account BankAMSP ops");

        as("regulator").governance().unfreeze("banka:ops");
        tick();
        assertThat(reads(transferFromBankAMain("banka:ops"))).contains("gov.account BankAMSP ops");
        as("banka").stableUnits().transfer("CNY", "banka:main", "banka:ops", "1.00");
        tick();
        assertThat(reads(transferFromBankAMain("banka:ops"))).noneMatch(k -> k.contains("gov.account"));
    }

    @Test
    void aFreezeConflictsWithATransferEndorsedBeforeItThatReliedOnTheMark() {
        Endorsement transfer = transferFromBankAMain("banka:ops");
        Endorsement freeze = ledger.simulate(ledger.propose(
                "RegulatorMSP", "governance", "freezeAccount", List.of("banka:ops", "court order", ""), Map.of(), now));
        assertThat(freeze.ok()).as(freeze.message()).isTrue();
        ledger.commit(freeze);

        assertRejected(ErrorCode.CONFLICT, () -> ledger.commit(transfer));
        assertThat(balanceOf("banka:main")).isEqualTo("100.00");
        assertThat(balanceOf("banka:ops")).isEqualTo("100.00");
        assertRejected(
                ErrorCode.FROZEN, () -> as("banka").stableUnits().transfer("CNY", "banka:main", "banka:ops", "1.00"));
    }
}
