package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bond}, {@code trade} and {@code sizing} commands: their contract in docs/CLI.md. */
class BondCliTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.on(tmp.resolve("ledger"), args);
    }

    private JsonObject ok(String... args) {
        CliRun r = run(args);
        assertThat(r.exit())
                .as(String.join(" ", args) + "\n" + r.out() + r.err())
                .isZero();
        return r.json();
    }

    @Test
    void malformedInputExitsTwoBeforeTheLedgerIsOpened() {
        String[] create = {
            "bond",
            "create",
            "CGB-1",
            "--currency",
            "CNY",
            "--face",
            "100",
            "--coupon",
            "FIXED:2.5",
            "--frequency",
            "2",
            "--issue-date",
            "2026-01-01",
            "--maturity",
            "2031-01-01",
            "--day-count",
            "ACT/365F",
            "--authorized",
            "1000"
        };
        String[][] bad = {
            replace(create, "FIXED:2.5", "FIXED"),
            replace(create, "FIXED:2.5", "ZERO:1"),
            replace(create, "ACT/365F", "ACT/999"),
            replace(create, "2031-01-01", "2031-13-01"),
            replace(create, "1000", "10.001"),
            replace(create, "CGB-1", "cgb 1"),
            {"bond", "issue", "CGB-1", "--to", "banka:main", "--units", "0.001", "--price", "100"},
            {"bond", "issue", "CGB-1", "--to", "banka", "--units", "1", "--price", "100"},
            {"bond", "transfer", "CGB-1", "--from", "banka:main", "--to", "bankb:main", "--units", "-1"},
            {"bond", "subscribe", "CGB-1", "--account", "banka:main", "--amount", "0"},
            {"bond", "tender", "CGB-1", "--account", "banka:main", "--units", "1", "--min-price", "x"},
            {"bond", "buyback", "CGB-1", "--from", "banka:main", "--units", "1.001", "--price", "1"},
            {"bond", "offer", "CGB-1", "--from", "banka:main", "--units", "1", "--price", "0"},
            {"bond", "offer", "CGB-1", "--from", "banka:main", "--units", "1", "--price", "1", "--expires", "soon"},
            {"bond", "coupon", "CGB-1", "--record-date", "30/06/2026"},
            {"trade", "post", "2026-13", "--exports", "1", "--imports", "1", "--gdp", "1"},
            {"trade", "post", "2026-01", "--exports", "1", "--imports", "1", "--gdp", "0"},
            {
                "sizing",
                "--gdp",
                "x",
                "--m2",
                "1",
                "--capacity-utilisation",
                "75",
                "--reasonable-utilisation",
                "85",
                "--deficit",
                "3",
                "--multiplier",
                "8.52",
                "--velocity",
                "0.43",
                "--rating-coefficient",
                "0.95"
            },
        };
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(Main.USAGE);
        }
        assertThat(Files.exists(tmp.resolve("ledger")))
                .as("ledger opened by bad usage")
                .isFalse();
    }

    private static String[] replace(String[] args, String from, String to) {
        String[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i].equals(from)) {
                copy[i] = to;
                return copy;
            }
        }
        throw new IllegalArgumentException(from);
    }

    @Test
    void theIssueTradeCouponFlowPrintsTheContractedJsonFields() {
        ok("--json", "init");
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
                "10000000",
                "--price",
                "1");
        ok("--json", "stable", "mint", "CNY", "--to", "banka:main", "--amount", "1000000.00");
        ok("--json", "stable", "mint", "CNY", "--to", "bankb:main", "--amount", "1000000.00");
        ok("--json", "stable", "mint", "CNY", "--to", "centralbank:main", "--amount", "1000000.00");
        JsonObject created = ok(
                "--json",
                "--at",
                "2026-01-05T09:00:00Z",
                "bond",
                "create",
                "TBE-2026-01",
                "--currency",
                "CNY",
                "--face",
                "100.00",
                "--coupon",
                "INDEXED:2.50",
                "--frequency",
                "2",
                "--issue-date",
                "2026-01-01",
                "--maturity",
                "2027-01-01",
                "--day-count",
                "ACT/365F",
                "--authorized",
                "10000",
                "--program",
                "TRADE_EXPORT",
                "--use-of-proceeds",
                "NEW_ENERGY_VEHICLES",
                "--rate-cap",
                "3.50");
        assertThat(created.get("txId").getAsString()).hasSize(64);
        ok(
                "--json",
                "--as",
                "banka",
                "--at",
                "2026-01-05T09:01:00Z",
                "bond",
                "subscribe",
                "TBE-2026-01",
                "--account",
                "banka:main",
                "--amount",
                "100000.00");
        JsonObject issued = ok(
                "--json",
                "--at",
                "2026-01-05T09:02:00Z",
                "bond",
                "issue",
                "TBE-2026-01",
                "--to",
                "banka:main",
                "--units",
                "1000",
                "--price",
                "99.80");
        assertThat(issued.get("cash").getAsString()).isEqualTo("99800.00"); // 1000 x 99.80

        JsonObject offer = ok(
                "--json",
                "--as",
                "banka",
                "--at",
                "2026-02-01T09:00:00Z",
                "bond",
                "offer",
                "TBE-2026-01",
                "--from",
                "banka:main",
                "--units",
                "400",
                "--price",
                "100.10");
        assertThat(offer.get("txId").getAsString()).hasSize(64);
        String offerId = offer.get("offerId").getAsString();
        JsonObject accepted = ok(
                "--json",
                "--as",
                "bankb",
                "--at",
                "2026-02-01T10:00:00Z",
                "bond",
                "accept",
                offerId,
                "--buyer",
                "bankb:main");
        assertThat(accepted.get("cash").getAsString()).isEqualTo("40040.00"); // 400 x 100.10

        JsonObject holding =
                ok("--json", "--as", "banka", "bond", "holdings", "TBE-2026-01", "--account", "banka:main");
        assertThat(holding.get("series").getAsString()).isEqualTo("TBE-2026-01");
        assertThat(holding.get("account").getAsString()).isEqualTo("BankAMSP:main");
        assertThat(holding.get("units").getAsString()).isEqualTo("600.00");
        assertThat(holding.get("locked").getAsString()).isEqualTo("0.00");

        JsonObject show = ok("--json", "bond", "show", "TBE-2026-01");
        assertThat(show.get("series").getAsString()).isEqualTo("TBE-2026-01");
        assertThat(show.get("currency").getAsString()).isEqualTo("CNY");
        assertThat(show.get("couponRate").getAsString()).isEqualTo("2.50");
        assertThat(show.get("outstanding").getAsString()).isEqualTo("1000.00");
        assertThat(show.get("authorized").getAsString()).isEqualTo("10000.00");
        assertThat(show.get("maturity").getAsString()).isEqualTo("2027-01-01");

        JsonObject coupon = ok(
                "--json",
                "--at",
                "2026-06-20T09:00:00Z",
                "bond",
                "coupon",
                "TBE-2026-01",
                "--record-date",
                "2026-06-30");
        assertThat(coupon.get("txId").getAsString()).hasSize(64);
        assertThat(coupon.get("period").getAsString()).isEqualTo("2026-07-01");
        JsonObject claim = ok(
                "--json",
                "--as",
                "bankb",
                "--at",
                "2026-07-01T09:00:00Z",
                "bond",
                "claim",
                "TBE-2026-01",
                "--period",
                "2026-07-01",
                "--account",
                "bankb:main");
        // 400 x 100.00 x 2.50% x 181/365 = 495.890... -> 495.89
        assertThat(claim.get("amount").getAsString()).isEqualTo("495.89");
        assertThat(claim.get("txId").getAsString()).hasSize(64);
        CliRun twice = run(
                "--json",
                "--as",
                "bankb",
                "--at",
                "2026-07-01T09:05:00Z",
                "bond",
                "claim",
                "TBE-2026-01",
                "--period",
                "2026-07-01",
                "--account",
                "bankb:main");
        assertThat(twice.exit()).isEqualTo(Main.REJECTED);
        assertThat(twice.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("ALREADY_EXISTS");

        JsonObject rates = ok("--json", "bond", "rates", "TBE-2026-01");
        assertThat(rates.getAsJsonArray("resets")).isEmpty();
        assertThat(rates.has("signal")).isTrue();
        assertThat(rates.get("signal").isJsonNull()).isTrue();
        ok(
                "--json",
                "--as",
                "regulator",
                "trade",
                "post",
                "2026-01",
                "--exports",
                "13",
                "--imports",
                "10",
                "--gdp",
                "100",
                "--hightech-share",
                "31.5");
    }

    @Test
    void sizingReproducesThe2024IndicatorsWithoutALedger() {
        JsonObject r = ok(
                "--json",
                "sizing",
                "--gdp",
                "134.9",
                "--m2",
                "313.53",
                "--capacity-utilisation",
                "75",
                "--reasonable-utilisation",
                "85",
                "--deficit",
                "3.0",
                "--multiplier",
                "8.52",
                "--velocity",
                "0.43",
                "--rating-coefficient",
                "0.95",
                "--supply-increment-rate",
                "5");
        assertThat(r.get("creditGrade").getAsString()).isEqualTo("0.9215");
        assertThat(r.get("mw").getAsString()).isEqualTo("4.8564"); // the paper rounds to 4.856
        assertThat(r.get("excessCapacity").getAsString()).isEqualTo("0.117647"); // 1 - 75/85, 6 places
        assertThat(r.get("excessInvestmentMoney").getAsString()).isEqualTo("53.3001"); // 313.53 x 0.17
        assertThat(r.get("supplyIncrement").getAsString()).isEqualTo("6.745");
        assertThat(Files.exists(tmp.resolve("ledger"))).isFalse();
    }
}
