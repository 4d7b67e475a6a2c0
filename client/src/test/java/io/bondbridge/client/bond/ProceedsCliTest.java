package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bond disburse}, {@code bond disbursements}, {@code bond create --min-denomination}, the proceeds in
 * {@code bond show} and {@code reserve policy --short-classes/--short-exempt}: their contract in docs/CLI.md.
 */
class ProceedsCliTest {
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
        String[][] bad = {
            {"bond", "disburse", "TBE-1", "--to", "bankb:main", "--amount", "0", "--use", "X", "--reference", "R"},
            {"bond", "disburse", "TBE-1", "--to", "bankb", "--amount", "1", "--use", "X", "--reference", "R"},
            {"bond", "disburse", "TBE-1", "--to", "bankb:main", "--amount", "1", "--use", "X", "--reference", " "},
            {"bond", "disburse", "TBE-1", "--to", "bankb:main", "--amount", "1", "--use", "X"},
            {"bond", "disbursements", "tbe 1"},
            {"reserve", "policy", "CNY", "--short-classes", "TBILL,BOGUS"},
            {
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
                "1000",
                "--min-denomination",
                "0.001"
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

    @Test
    void disbursementsShowAndPolicyPrintTheContractedJsonFields() {
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
        ok(
                "--json",
                "bond",
                "create",
                "TBE-2026-01",
                "--currency",
                "CNY",
                "--face",
                "100.00",
                "--coupon",
                "FIXED:2.50",
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
                "--min-denomination",
                "1");
        ok(
                "--json",
                "--as",
                "banka",
                "bond",
                "subscribe",
                "TBE-2026-01",
                "--account",
                "banka:main",
                "--amount",
                "100000.00");
        ok("--json", "bond", "issue", "TBE-2026-01", "--to", "banka:main", "--units", "1000", "--price", "99.80");

        // 1,000 x 99.80 = 99,800.00 raised; 60,000.00 disbursed: 39,800.00 unspent
        JsonObject d = ok(
                "--json",
                "bond",
                "disburse",
                "TBE-2026-01",
                "--to",
                "banka:main",
                "--amount",
                "60000.00",
                "--use",
                "NEW_ENERGY_VEHICLES",
                "--reference",
                "NEV-PLANT-LOAN-001");
        assertThat(d.get("txId").getAsString()).hasSize(64);
        assertThat(d.getAsJsonObject("disbursement").get("use").getAsString()).isEqualTo("NEW_ENERGY_VEHICLES");
        assertThat(d.getAsJsonObject("disbursement").get("reference").getAsString())
                .isEqualTo("NEV-PLANT-LOAN-001");
        assertThat(d.getAsJsonObject("proceeds").get("unspent").getAsString()).isEqualTo("39800.00");

        CliRun outside = run(
                "--json",
                "bond",
                "disburse",
                "TBE-2026-01",
                "--to",
                "banka:main",
                "--amount",
                "1.00",
                "--use",
                "CHIP_EQUIPMENT",
                "--reference",
                "X");
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.json().getAsJsonObject("error").get("code").getAsString())
                .isEqualTo("POLICY_VIOLATION");

        JsonObject show = ok("--json", "bond", "show", "TBE-2026-01");
        assertThat(show.get("minDenomination").getAsString()).isEqualTo("1.00");
        JsonObject p = show.getAsJsonObject("proceeds");
        assertThat(p.get("account").getAsString()).isEqualTo("CentralBankMSP:proceeds.TBE-2026-01");
        assertThat(p.get("raised").getAsString()).isEqualTo("99800.00");
        assertThat(p.getAsJsonObject("disbursed").get("NEW_ENERGY_VEHICLES").getAsString())
                .isEqualTo("60000.00");
        assertThat(p.get("unspent").getAsString()).isEqualTo("39800.00");
        JsonObject list = ok("--json", "bond", "disbursements", "TBE-2026-01");
        assertThat(list.getAsJsonArray("disbursements")).hasSize(1);
        CliRun text = run("bond", "show", "TBE-2026-01");
        assertThat(text.out())
                .contains("minimum holding 1.00")
                .contains("raised 99800.00, disbursed 60000.00, unspent 39800.00");

        JsonObject policy =
                ok("--json", "reserve", "policy", "CNY", "--short-classes", "TBILL", "--short-exempt", "NONE");
        assertThat(policy.getAsJsonObject("policy").getAsJsonArray("shortShareClasses"))
                .hasSize(1);
        assertThat(policy.getAsJsonObject("policy").getAsJsonArray("shortShareExempt"))
                .isEmpty();
    }
}
