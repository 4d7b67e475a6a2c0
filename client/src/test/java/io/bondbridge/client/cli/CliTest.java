package io.bondbridge.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String ledger() {
        return tmp.resolve("ledger").toString();
    }

    @Test
    void malformedInputExitsTwoBeforeTouchingTheLedger() {
        Path dir = tmp.resolve("ledger");
        assertThat(run("--ledger", dir.toString(), "--at", "yesterday", "account", "open", "x")
                        .exit())
                .isEqualTo(Main.USAGE);
        assertThat(run("--ledger", dir.toString(), "account", "freeze", "no-colon", "--reason", "r")
                        .exit())
                .isEqualTo(Main.USAGE);
        assertThat(run("--ledger", dir.toString(), "account", "open", "x", "--bogus")
                        .exit())
                .isEqualTo(Main.USAGE);
        assertThat(run("--ledger", dir.toString(), "nosuchcommand").exit()).isEqualTo(Main.USAGE);
        assertThat(run("--ledger", dir.toString()).exit()).isEqualTo(Main.USAGE);
        assertThat(Files.exists(dir))
                .as("ledger directory created by bad usage")
                .isFalse();
    }

    @Test
    void usageErrorsWithJsonPrintOneErrorObject() {
        CliRun r = run("--json", "--ledger", ledger(), "--at", "not-a-time", "init");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.json().getAsJsonObject("error").get("code").getAsString()).isEqualTo("USAGE");
    }

    @Test
    void aRejectionExitsOneWithTheLedgersCode() {
        assertThat(run("--ledger", ledger(), "init").exit()).isZero();
        CliRun r = run(
                "--json", "--ledger", ledger(), "--as", "banka", "account", "freeze", "bankb:main", "--reason", "x");
        assertThat(r.exit()).isEqualTo(Main.REJECTED);
        JsonObject error = r.json().getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).isEqualTo("FORBIDDEN");
        assertThat(error.get("message").getAsString()).contains("BankAMSP may not freeze accounts");

        CliRun human = run("--ledger", ledger(), "--as", "banka", "account", "freeze", "bankb:main", "--reason", "x");
        assertThat(human.exit()).isEqualTo(Main.REJECTED);
        assertThat(human.out()).isEmpty();
        assertThat(human.err().trim()).startsWith("bondbridge: FORBIDDEN: ").doesNotContain("\n");
    }

    @Test
    void changesPrintTheirTransactionIdAndTheLedgerKeepsThemAcrossRuns() {
        run("--ledger", ledger(), "init");
        CliRun opened = run("--ledger", ledger(), "--as", "banka", "--json", "account", "open", "banka:trading");
        assertThat(opened.exit()).isZero();
        assertThat(opened.json().get("txId").getAsString()).hasSize(64);
        assertThat(opened.json().get("id").getAsString()).isEqualTo("BankAMSP:trading");

        CliRun shown = run("--json", "--ledger", ledger(), "account", "show", "banka:trading");
        assertThat(shown.json().get("frozen").getAsBoolean()).isFalse();
        CliRun list = run("--ledger", ledger(), "participant", "list");
        assertThat(list.out()).contains("hkcentralbank").contains("HKCentralBankMSP");
    }

    @Test
    void opensAccountsInTheCallersNameOnly() {
        run("--ledger", ledger(), "init");
        CliRun r = run("--ledger", ledger(), "--as", "banka", "account", "open", "bankb:sneaky");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("an organization opens accounts in its own name only: bankb:sneaky");
    }

    @Test
    void optionsMayFollowTheSubcommand() {
        run("--ledger", ledger(), "init");
        CliRun r = run("account", "show", "regulator:main", "--json", "--ledger", ledger());
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("owner").getAsString()).isEqualTo("RegulatorMSP");
    }

    @Test
    void aLedgerInUseExitsThree() {
        try (var held = io.bondbridge.client.embedded.EmbeddedLedger.open(tmp.resolve("held"))) {
            CliRun r = run("--json", "--ledger", tmp.resolve("held").toString(), "init");
            assertThat(r.exit()).isEqualTo(Main.UNREACHABLE);
            assertThat(r.json().getAsJsonObject("error").get("code").getAsString())
                    .isEqualTo("UNAVAILABLE");
        }
    }

    @Test
    void theDemoTellsItsStoryOnAFreshLedger() {
        CliRun r = run("demo", "--ledger", tmp.resolve("demo").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== Participants and accounts").contains("rejected: FORBIDDEN");
        // the funded swap line: 240m x 2.50% x 90/360 = 1.5m CNY interest, 652.2m x 240/600 = 260.88m HKD back
        assertThat(r.out())
                .contains("== A funded swap line")
                .contains("with 1,500,000.00 CNY interest")
                .contains("260,880,000.00 HKD of escrow come back");
        CliRun again = run("demo", "--ledger", tmp.resolve("demo").toString());
        assertThat(again.exit()).isEqualTo(Main.USAGE);
    }
}
