package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.embedded.Endorsement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a stable transfer asks of the peer: each key once; an account reference written with the caller's own alias
 * ({@code banka:main}, as users write them) resolved through the caller's participant row, already read, with no
 * alias row and no read of a participant named {@code banka} that cannot exist (no MSP ID equals another
 * participant's alias); another organization's alias through its alias row alone (written with its participant,
 * once, never removed), without the participant's row.
 */
class TransferReadsTest extends StableFixture {
    /** Bank A's main account holds 100.00 CNY; Bank A's transfer of 1.00 from it to {@code to}, simulated only. */
    private Endorsement transferFromBankAMain(String to) {
        as("centralbank").reserves().add(cash("CNY-CASH-1", "CNY", "1000000.00"));
        tick();
        as("banka").governance().openAccount("ops");
        as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00");
        tick();
        return ledger.simulate(ledger.propose(
                "BankAMSP", "stable", "transfer", List.of("CNY", "banka:main", to, "1.00"), Map.of(), now));
    }

    @Test
    void aTransferBetweenTheCallersAliasedAccountsReadsFiveKeys() {
        Endorsement transfer = transferFromBankAMain("banka:ops");

        assertThat(transfer.ok()).as(transfer.message()).isTrue();
        assertThat(transfer.pointReads())
                .hasSize(5)
                .doesNotHaveDuplicates()
                .anyMatch(k -> k.contains("gov.participant") && k.contains("BankAMSP"))
                .noneMatch(k -> k.contains("gov.alias"))
                .noneMatch(k -> k.contains("gov.participant") && k.contains("banka\u0000"));
        assertThat(transfer.pointReads())
                .filteredOn(k -> k.contains("gov.account"))
                .hasSize(2);
        assertThat(transfer.pointReads())
                .filteredOn(k -> k.contains("stable.balance"))
                .hasSize(2);
    }

    @Test
    void anotherOrganizationsAliasIsResolvedByItsAliasRowAloneAndAnUnknownOneIsNotFound() {
        Endorsement transfer = transferFromBankAMain("bankb:main");

        assertThat(transfer.ok()).as(transfer.message()).isTrue();
        assertThat(transfer.pointReads())
                .hasSize(6)
                .doesNotHaveDuplicates()
                .anyMatch(k -> k.contains("gov.alias") && k.contains("bankb"))
                .noneMatch(k -> k.contains("gov.participant") && k.contains("BankBMSP"))
                .noneMatch(k -> k.contains("gov.alias") && k.contains("banka"));

        Endorsement unknown = ledger.simulate(ledger.propose(
                "BankAMSP", "stable", "transfer", List.of("CNY", "banka:main", "bankz:main", "1.00"), Map.of(), now));
        assertThat(unknown.ok()).isFalse();
        assertThat(unknown.message()).contains("NOT_FOUND").contains("bankz");
    }
}
