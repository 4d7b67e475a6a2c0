package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code payment}, {@code corridor}, {@code netting}, {@code swapline}, {@code alerts} commands (docs/CLI.md). */
class PaymentCliTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.on(tmp.resolve("ledger"), args);
    }

    private JsonObject ok(String... args) {
        CliRun r = run(args);
        assertThat(r.exit())
                .as(String.join(" ", args) + "\n" + r.err() + r.out())
                .isEqualTo(Main.OK);
        return r.json();
    }

    @Test
    void malformedInputExitsTwoBeforeTheLedgerIsOpened() {
        String[][] bad = {
            send("E 1", "banka:main", "bankb:main", "1"),
            send("E1", "banka:main", "bankb:main", "1.001"),
            send("E1", "banka:main", "bankb:main", "1", "--settle-currency", "HKD"),
            send(
                    "E1",
                    "banka:main",
                    "bankb:main",
                    "1",
                    "--settle-currency",
                    "HKD",
                    "--rate",
                    "-1",
                    "--fx-provider",
                    "bankb:fx"),
            send("E1", "nocolon", "bankb:main", "1"),
            {"payment", "quote", "CNYHKD", "--account", "bankb:fx", "--rate", "1.08", "--valid-until", "2030-01-01"},
            {"payment", "quote", "CNY/HKD", "--account", "bankb:fx", "--rate", "1.08", "--valid-until", "soon"},
            {"corridor", "set", "CN-AE", "--jurisdictions", "CN"},
            {"corridor", "set", "CN-AE", "--jurisdictions", "CN,AE,"},
            {"corridor", "set", "CN-AE", "--jurisdictions", "CN,AE", "--daily-limit-usd", "1.001"},
            {"corridor", "usage", "CN-HK", "--day", "2026-02-30"},
            {"swapline", "create", "S1", "--between", "centralbank", "--currencies", "CNY,HKD", "--limit", "1"},
            {"swapline", "create", "S1", "--between", "centralbank,hkcentralbank", "--currencies", "CNY", "--limit", "1"
            },
            {
                "swapline",
                "create",
                "S1",
                "--between",
                "centralbank,hkcentralbank",
                "--currencies",
                "CNY,HKD",
                "--limit",
                "1",
                "--rate",
                "-1",
                "--interest",
                "2"
            },
            {
                "swapline",
                "create",
                "S1",
                "--between",
                "centralbank,hkcentralbank",
                "--currencies",
                "CNY,HKD",
                "--limit",
                "1",
                "--rate",
                "1",
                "--interest",
                "101"
            },
            {"swapline", "repay", "S1", "--drawing", "0", "--amount", "1"},
            {"swapline", "repay", "S1", "--drawing", "x", "--amount", "1"},
            {"swapline", "repay", "S1"},
            {"netting", "open", "C 1"},
            {"alerts", "threshold", "--usd", "abc"},
        };
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(Main.USAGE);
        }
        assertThat(Files.exists(tmp.resolve("ledger")))
                .as("ledger opened by bad usage")
                .isFalse();
    }

    @Test
    void aPaymentANettingCycleAndASwapLineThroughTheCommandLine() {
        ok("--json", "init");
        ok("--json", "fx", "reference", "CNY", "--usd", "0.125");
        ok(
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
                "1");
        ok("--json", "stable", "mint", "CNY", "--to", "banka:main", "--amount", "500000.00");

        JsonObject sent = ok(jsonAs(
                "banka",
                send(
                        "E2E-1",
                        "banka:main",
                        "bankb:main",
                        "400000.00",
                        "--debtor",
                        "Shenzhen Battery Co",
                        "--info",
                        "invoice 117")));
        assertThat(sent.get("txId").getAsString()).isNotBlank();
        assertThat(sent.get("e2eId").getAsString()).isEqualTo("E2E-1");
        // 400,000.00 CNY x 0.125 = 50,000.00 USD: at the threshold
        assertThat(sent.get("alert").getAsBoolean()).isTrue();
        assertThat(sent.toString()).doesNotContain("400000");

        CliRun replay = run(jsonAs("banka", send("E2E-1", "banka:main", "bankb:main", "400000.00")));
        assertThat(replay.exit()).isEqualTo(Main.REJECTED);
        assertThat(replay.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("ALREADY_EXISTS");

        JsonObject member = ok("--json", "--as", "bankb", "payment", "show", "E2E-1");
        assertThat(member.get("status").getAsString()).isEqualTo("SETTLED");
        assertThat(member.get("corridor").getAsString()).isEqualTo("CN-HK");
        assertThat(member.get("amount").getAsString()).isEqualTo("400000.00");
        assertThat(member.get("currency").getAsString()).isEqualTo("CNY");
        assertThat(member.get("debtor").getAsString()).isEqualTo("Shenzhen Battery Co");
        JsonObject outsider = ok("--json", "--as", "hkcentralbank", "payment", "show", "E2E-1");
        assertThat(outsider.get("alert").getAsBoolean()).isTrue();
        assertThat(outsider.has("amount")).isFalse();
        assertThat(outsider.has("debtor")).isFalse();
        assertThat(ok("--json", "--as", "regulator", "payment", "verify", "E2E-1")
                        .get("matches")
                        .getAsBoolean())
                .isTrue();

        JsonObject alerts = ok("--json", "--as", "regulator", "alerts", "list");
        assertThat(alerts.getAsJsonArray("alerts")
                        .get(0)
                        .getAsJsonObject()
                        .get("e2eId")
                        .getAsString())
                .isEqualTo("E2E-1");
        assertThat(alerts.getAsJsonArray("alerts").get(0).getAsJsonObject().has("reason"))
                .isTrue();
        assertThat(run("--as", "banka", "alerts", "list").exit()).isEqualTo(Main.REJECTED);

        // Bank B now holds 400,000.00; a cycle: A->B 300, B->A 100 nets to A -200, B +200; saved 400 - 200 = 200.
        ok("--json", "netting", "open", "C-1");
        ok(jsonAs("banka", send("N-1", "banka:main", "bankb:main", "300.00", "--cycle", "C-1")));
        ok(jsonAs("bankb", send("N-2", "bankb:main", "banka:main", "100.00", "--cycle", "C-1")));
        JsonObject closed = ok("--json", "netting", "close", "C-1");
        assertThat(closed.get("txId").getAsString()).isNotBlank();
        assertThat(closed.getAsJsonObject("gross").get("CNY").getAsString()).isEqualTo("400.00");
        assertThat(closed.getAsJsonObject("net").get("CNY").getAsString()).isEqualTo("200.00");
        assertThat(closed.getAsJsonObject("saved").get("CNY").getAsString()).isEqualTo("200.00");
        assertThat(closed.getAsJsonArray("positions")).hasSize(2);

        // a funded line: the PBOC lends CNY from its main account, the HKMA escrows HKD at 1.0870
        ok("--json", "stable", "mint", "CNY", "--to", "centralbank:main", "--amount", "1000.00");
        ok(jsonAs(
                "hkcentralbank",
                "reserve",
                "add",
                "CASH-HKD",
                "--currency",
                "HKD",
                "--class",
                "CASH",
                "--quantity",
                "1000000",
                "--price",
                "1"));
        ok(jsonAs("hkcentralbank", "stable", "mint", "HKD", "--to", "hkcentralbank:main", "--amount", "1000.00"));
        JsonObject created = ok(
                "--json",
                "swapline",
                "create",
                "SL-1",
                "--between",
                "centralbank,hkcentralbank",
                "--currencies",
                "CNY,HKD",
                "--limit",
                "1000.00",
                "--rate",
                "1.0870",
                "--interest",
                "2.50");
        assertThat(created.get("lenderAccount").getAsString()).isEqualTo("CentralBankMSP:main");
        assertThat(created.get("dayCount").getAsString()).isEqualTo("ACT/360");
        JsonObject drawn = ok(jsonAs("hkcentralbank", "swapline", "draw", "SL-1", "--amount", "250.00"));
        // 250.00 x 1.0870 = 271.75 HKD escrowed
        assertThat(drawn.get("escrowed").getAsString()).isEqualTo("271.75");
        assertThat(drawn.getAsJsonObject("drawing").get("number").getAsInt()).isEqualTo(1);
        CliRun over = run(jsonAs("hkcentralbank", "swapline", "draw", "SL-1", "--amount", "750.01"));
        assertThat(over.exit()).isEqualTo(Main.REJECTED);
        assertThat(over.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("LIMIT_EXCEEDED");
        // 0.001 is an amount of some currency, so it is sent; only the ledger knows the line is in CNY: exit 1, not 2
        CliRun finer = run(jsonAs("hkcentralbank", "swapline", "draw", "SL-1", "--amount", "0.001"));
        assertThat(finer.exit()).isEqualTo(Main.REJECTED);
        assertThat(finer.json().getAsJsonObject("error").get("message").getAsString())
                .contains("amount '0.001' has more than 2 decimal places");
        // the lender may not draw on its own line
        CliRun lender = run("--json", "swapline", "draw", "SL-1", "--amount", "1.00");
        assertThat(lender.exit()).isEqualTo(Main.REJECTED);
        assertThat(lender.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("FORBIDDEN");
        // without --drawing: the oldest open one, drawing 1. Same day: 50.00 x 2.50% x 0/360 = 0.00 interest; escrow
        // back 271.75 x 50/250 = 54.35
        JsonObject repaid = ok(jsonAs("hkcentralbank", "swapline", "repay", "SL-1", "--amount", "50.00"));
        assertThat(repaid.get("interest").getAsString()).isEqualTo("0.00");
        assertThat(repaid.get("escrowed").getAsString()).isEqualTo("217.40");
        JsonObject line = ok("--json", "swapline", "show", "SL-1");
        assertThat(line.get("limit").getAsString()).isEqualTo("1000.00");
        assertThat(line.get("drawn").getAsString()).isEqualTo("200.00");
        assertThat(line.get("available").getAsString()).isEqualTo("800.00");
        assertThat(line.getAsJsonArray("drawings")).hasSize(1);
        CliRun text = run("swapline", "show", "SL-1");
        assertThat(text.out())
                .contains("CentralBankMSP lends from CentralBankMSP:main to HKCentralBankMSP at 1 CNY = 1.087 HKD,"
                        + " interest 2.50% ACT/360; escrowed 217.40 HKD");

        JsonObject corridors = ok("--json", "corridor", "list");
        assertThat(corridors
                        .getAsJsonArray("corridors")
                        .get(0)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString())
                .isEqualTo("CN-HK");
        JsonObject history = ok("--json", "--as", "centralbank", "audit", "history", "payment", "N-1");
        assertThat(history.getAsJsonArray("entries")).hasSize(3);
    }

    /** {@code payment send E2E --corridor CN-HK --from FROM --to TO --amount AMOUNT --currency CNY} and {@code more}. */
    private static String[] send(String e2e, String from, String to, String amount, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "payment",
                "send",
                e2e,
                "--corridor",
                "CN-HK",
                "--from",
                from,
                "--to",
                to,
                "--amount",
                amount,
                "--currency",
                "CNY"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** {@code --json --as ORG} before {@code command}. */
    private static String[] jsonAs(String org, String... command) {
        List<String> args = new ArrayList<>(List.of("--json", "--as", org));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }
}
