package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.client.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code param}, {@code trade signals|sector-post|sector}, {@code bond tranche|link-index}: docs/CLI.md. */
class IndexCliTest {
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
        return java.util.Arrays.asList(args).contains("--json") ? r.json() : null;
    }

    private void post(String month, String exports) {
        ok(
                "--json",
                "--as",
                "regulator",
                "trade",
                "post",
                month,
                "--exports",
                exports,
                "--imports",
                "10",
                "--gdp",
                "100");
    }

    @Test
    void paramSetListAndHistory() {
        ok("init");
        JsonObject set = ok("--json", "--as", "centralbank", "param", "set", "trancheWindowDays", "45");
        assertThat(set.get("setBy").getAsString()).isEqualTo("CentralBankMSP");
        assertThat(set.get("previous").getAsString()).isEqualTo("30");
        assertThat(set.get("txId").getAsString()).isNotBlank();
        CliRun list = run("param", "list");
        assertThat(list.out())
                .contains("trancheWindowDays")
                .contains("45")
                .contains("ESSAY")
                .contains("PROJECT");
        assertThat(ok("--json", "param", "history", "trancheWindowDays").getAsJsonArray("versions"))
                .hasSize(2);
        assertThat(run("--as", "banka", "param", "set", "stepBp", "50").exit()).isEqualTo(1);
        assertThat(run("param", "set", "noSuchThing", "1").exit()).isEqualTo(2);
        assertThat(run("param", "set", "stepBp", "fifty").exit()).isEqualTo(2);
    }

    @Test
    void aCrossoverOpensATrancheThatShowAndRatesExplain() {
        ok("init");
        for (String m : new String[] {"2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"}) {
            post(m, "13");
        }
        // 2026-01 at 0%: 3m avg 2% crosses below 6m avg 2.5%: IMPORT
        JsonObject posted = ok(
                "--json",
                "--as",
                "regulator",
                "trade",
                "post",
                "2026-01",
                "--exports",
                "10",
                "--imports",
                "10",
                "--gdp",
                "100");
        assertThat(posted.getAsJsonObject("signal").get("signal").getAsString()).isEqualTo("IMPORT");
        assertThat(ok("--json", "trade", "signals").getAsJsonArray("signals")).hasSize(1);
        JsonObject t = ok(
                "--json",
                "--as",
                "centralbank",
                "bond",
                "tranche",
                "TBI-2026-T1",
                "--signal",
                "2026-01",
                "--program",
                "TRADE_IMPORT",
                "--use-of-proceeds",
                "CHIP_EQUIPMENT",
                "--currency",
                "CNY",
                "--face",
                "100",
                "--frequency",
                "2",
                "--issue-date",
                "2026-01-01",
                "--maturity",
                "2029-01-01",
                "--day-count",
                "ACT/365F",
                "--authorized",
                "1000");
        assertThat(t.getAsJsonObject("series").get("couponRate").getAsString()).isEqualTo("3.50"); // 3.00 + 50 bp
        assertThat(run("bond", "show", "TBI-2026-T1").out()).contains("tranche: IMPORT signal of 2026-01");
        JsonObject rates = ok("--json", "bond", "rates", "TBI-2026-T1");
        assertThat(rates.getAsJsonObject("tranche").get("signalMonth").getAsString())
                .isEqualTo("2026-01");
        assertThat(run("bond", "rates", "TBI-2026-T1").out())
                .contains("import bond")
                .contains("signal IMPORT at 2026-01");
        // a second tranche after the window closed: rejected, exit 1
        assertThat(run(
                                "--at",
                                "2030-01-01T00:00:00Z",
                                "--as",
                                "centralbank",
                                "bond",
                                "tranche",
                                "TBI-2026-T2",
                                "--signal",
                                "2026-01",
                                "--program",
                                "TRADE_IMPORT",
                                "--use-of-proceeds",
                                "CHIP_EQUIPMENT",
                                "--currency",
                                "CNY",
                                "--face",
                                "100",
                                "--frequency",
                                "2",
                                "--issue-date",
                                "2026-01-01",
                                "--maturity",
                                "2032-01-01",
                                "--day-count",
                                "ACT/365F",
                                "--authorized",
                                "1000")
                        .err())
                .contains("EXPIRED");
    }

    @Test
    void aSectorBondFollowsTheMarketShare() {
        ok("init");
        ok(
                "--as",
                "centralbank",
                "bond",
                "create",
                "TBE-EV-1",
                "--currency",
                "CNY",
                "--face",
                "100",
                "--coupon",
                "INDEXED:3.00",
                "--frequency",
                "2",
                "--issue-date",
                "2026-01-01",
                "--maturity",
                "2029-01-01",
                "--day-count",
                "ACT/365F",
                "--authorized",
                "1000",
                "--program",
                "TRADE_EXPORT",
                "--use-of-proceeds",
                "NEW_ENERGY_VEHICLES");
        ok("--as", "regulator", "trade", "sector-post", "MARKET_SHARE", "EV", "2026-01", "--value", "12");
        JsonObject link = ok(
                "--json",
                "--as",
                "centralbank",
                "bond",
                "link-index",
                "TBE-EV-1",
                "--kind",
                "MARKET_SHARE",
                "--sector",
                "EV");
        assertThat(link.get("valueAtLink").getAsString()).isEqualTo("12");
        JsonObject r = ok(
                "--json",
                "--as",
                "regulator",
                "trade",
                "sector-post",
                "MARKET_SHARE",
                "EV",
                "2026-02",
                "--value",
                "15");
        assertThat(r.getAsJsonArray("resets")
                        .get(0)
                        .getAsJsonObject()
                        .get("rate")
                        .getAsString())
                .isEqualTo("2.70"); // 3.00 - 0.1 x (15 - 12)
        assertThat(run("bond", "rates", "TBE-EV-1").out()).contains("sectorSensitivity=0.1");
        assertThat(ok("--json", "trade", "sector", "MARKET_SHARE", "EV").getAsJsonArray("figures"))
                .hasSize(2);
        assertThat(run("trade", "sector-post", "NOPE", "EV", "2026-03", "--value", "1")
                        .exit())
                .isEqualTo(2);
    }
}
