package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stable}, {@code reserve}, {@code audit} and {@code fx} commands: their contract in docs/CLI.md. */
class StableCliTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.on(tmp.resolve("ledger"), args);
    }

    @Test
    void malformedInputExitsTwoBeforeTheLedgerIsOpened() {
        String[][] bad = {
            {"stable", "mint", "CNY", "--to", "banka:main", "--amount", "1.001"},
            {"stable", "mint", "CNY", "--to", "banka:main", "--amount", "abc"},
            {"stable", "mint", "CNY", "--to", "banka:main", "--amount", "0"},
            {"stable", "mint", "cny", "--to", "banka:main", "--amount", "1"},
            {"stable", "transfer", "CNY", "--from", "nocolon", "--to", "bankb:main", "--amount", "1"},
            {"stable", "balance", "CNYX"},
            {"reserve", "add", "B-1", "--currency", "CNY", "--class", "TBILL", "--quantity", "1", "--price", "1"},
            {
                "reserve",
                "add",
                "B-1",
                "--currency",
                "CNY",
                "--class",
                "TBILL",
                "--quantity",
                "1",
                "--price",
                "1",
                "--maturity",
                "2026-13-01"
            },
            {"reserve", "add", "B-1", "--currency", "CNY", "--class", "BOGUS", "--quantity", "1", "--price", "1"},
            {"reserve", "add", "B 1", "--currency", "CNY", "--class", "CASH", "--quantity", "1", "--price", "1"},
            {
                "reserve",
                "add",
                "B-1",
                "--currency",
                "CNY",
                "--class",
                "CASH",
                "--quantity",
                "1",
                "--price",
                "1",
                "--series",
                "CGB-2026-01"
            },
            {
                "reserve",
                "add",
                "C-1",
                "--currency",
                "CNY",
                "--class",
                "CASH",
                "--quantity",
                "1",
                "--price",
                "1",
                "--statement-hash",
                "xyz"
            },
            {"reserve", "update", "C-1", "--price", "-1"},
            {"reserve", "policy", "CNY", "--haircut", "GOLD=150"},
            {"reserve", "policy", "CNY", "--haircut", "SILVER=5"},
            {"audit", "reserves", "CNY", "--as-of", "yesterday"},
            {"audit", "stress", "CNY", "--fx-shock", "USD=abc"},
            {"audit", "stress", "CNY", "--yield-shock", "1.5"},
            {"audit", "stress", "CNY", "--run", "120"},
            {"audit", "history", "nosuch", "X"},
            {"fx", "reference", "CNY", "--usd", "-1"},
            {"fx", "reference", "CNY", "--usd", "0.12345678901"},
        };
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(Main.USAGE);
        }
        assertThat(Files.exists(tmp.resolve("ledger")))
                .as("ledger opened by bad usage")
                .isFalse();
        CliRun json = run("--json", "stable", "mint", "CNY", "--to", "banka:main", "--amount", "x");
        assertThat(json.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("USAGE");
        // the api's parser speaks for the command line: its message, naming the flag, with exit 2
        CliRun places = run("--json", "stable", "mint", "CNY", "--to", "banka:main", "--amount", "1.001");
        assertThat(places.exit()).isEqualTo(Main.USAGE);
        assertThat(places.json().getAsJsonObject("error").get("message").getAsString())
                .isEqualTo("--amount '1.001' has more than 2 decimal places");
    }

    @Test
    void theReserveMintAuditFlowPrintsTheContractedJsonFields() {
        assertThat(run("init").exit()).isZero();
        CliRun added = run(
                "--json",
                "reserve",
                "add",
                "CASH-1",
                "--currency",
                "CNY",
                "--class",
                "CASH",
                "--quantity",
                "1000000",
                "--price",
                "1",
                "--statement-hash",
                "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
        assertThat(added.exit()).as(added.out() + added.err()).isZero();
        assertThat(added.json().get("txId").getAsString()).hasSize(64);
        assertThat(run(
                                "--json",
                                "reserve",
                                "policy",
                                "CNY",
                                "--min-coverage",
                                "100",
                                "--short-share",
                                "90",
                                "--max-weight",
                                "GOLD=10",
                                "--haircut",
                                "GOV_BOND=2.5")
                        .exit())
                .isZero();

        CliRun minted = run("--json", "stable", "mint", "CNY", "--to", "banka:main", "--amount", "600000.00");
        assertThat(minted.exit()).as(minted.err()).isZero();
        assertThat(minted.json().get("coverage").getAsString()).isEqualTo("1.6666");

        CliRun balance = run("--json", "--as", "banka", "stable", "balance", "CNY", "--account", "banka:main");
        assertThat(balance.json().get("account").getAsString()).isEqualTo("BankAMSP:main");
        assertThat(balance.json().get("currency").getAsString()).isEqualTo("CNY");
        assertThat(balance.json().get("balance").getAsString()).isEqualTo("600000.00");

        CliRun forbidden =
                run("--json", "--as", "banka", "stable", "mint", "CNY", "--to", "banka:main", "--amount", "1");
        assertThat(forbidden.exit()).isEqualTo(Main.REJECTED);
        assertThat(forbidden.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("FORBIDDEN");
        CliRun tooMuch = run("stable", "mint", "CNY", "--to", "banka:main", "--amount", "400000.01");
        assertThat(tooMuch.exit()).isEqualTo(Main.REJECTED);
        assertThat(tooMuch.err()).startsWith("bondbridge: POLICY_VIOLATION: ");

        CliRun reserves = run("--json", "--as", "regulator", "audit", "reserves", "CNY", "--proof", "CASH-1");
        assertThat(reserves.exit()).as(reserves.err()).isZero();
        JsonObject c = reserves.json();
        for (String field : new String[] {
            "currency",
            "asOf",
            "unitsOutstanding",
            "reserveValue",
            "coverage",
            "byClass",
            "byMaturity",
            "byCustodian",
            "byCurrency",
            "byIssuer",
            "weights",
            "digest",
            "proof"
        }) {
            assertThat(c.has(field)).as(field).isTrue();
        }
        assertThat(c.get("unitsOutstanding").getAsString()).isEqualTo("600000.00");
        assertThat(c.get("coverage").getAsString()).isEqualTo("1.6666");
        assertThat(c.getAsJsonObject("byClass").get("CASH").getAsString()).isEqualTo("1000000.00");
        assertThat(c.get("proofVerified").getAsBoolean()).isTrue();
        String asOf = c.get("asOf").getAsString();
        CliRun earlier = run(
                "--json",
                "audit",
                "reserves",
                "CNY",
                "--as-of",
                minted.json().get("txId").getAsString());
        assertThat(earlier.json().get("digest")).isEqualTo(c.get("digest"));

        CliRun stress = run(
                "--json",
                "audit",
                "stress",
                "CNY",
                "--yield-shock",
                "100",
                "--fx-shock",
                "USD=-10",
                "--metal-shock",
                "-20",
                "--run",
                "10");
        assertThat(stress.exit()).as(stress.err()).isZero();
        assertThat(stress.json().get("coverageBefore").getAsString()).isEqualTo("1.6666");
        assertThat(stress.json().has("coverageAfter")).isTrue();
        assertThat(stress.json().getAsJsonArray("breaches")).isEmpty();

        CliRun history = run("--json", "--as", "banka", "audit", "history", "account", "banka:main");
        assertThat(history.json().getAsJsonArray("entries")).hasSize(1);

        CliRun fx = run("--json", "fx", "reference", "CNY", "--usd", "0.1391130154");
        assertThat(fx.json().get("usd").getAsString()).isEqualTo("0.1391130154");
        assertThat(run("--json", "fx", "reference", "CNY").json().getAsJsonArray("history"))
                .hasSize(1);

        // every human form runs too
        for (String[] args : new String[][] {
            {"stable", "balance"},
            {"--as", "regulator", "stable", "balance", "CNY", "--account", "banka:main"},
            {"stable", "supply", "CNY"},
            {"reserve", "list", "CNY"},
            {"reserve", "show", "CASH-1"},
            {"reserve", "policy", "CNY"},
            {"audit", "reserves", "CNY", "--as-of", asOf, "--proof", "CASH-1"},
            {"audit", "stress", "CNY", "--yield-shock", "100"},
            {"audit", "history", "reserve-asset", "CASH-1"},
            {"fx", "reference", "CNY"},
        }) {
            CliRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).isNotBlank();
        }
        assertThat(run("audit", "reserves", "CNY").out())
                .contains("coverage 1.6666")
                .contains("digest");
    }
}
