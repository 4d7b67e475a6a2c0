package io.bondbridge.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit report CUR --html FILE}: the page as written, without a browser. Its figures are those of {@code
 * audit reserves --json}; it embeds every asset's inclusion proof for the in-page check, and nothing it needs is
 * fetched.
 */
class ReservePageTest {
    @Test
    void reportShowsTheFiguresOfAuditReserves(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        run(ledger, "init");
        // cash 600,000.00 at 1 (PBOC) and 400 bonds at 999.50 = 399,800.00 (MOF-CN): 999,800.00 in all
        run(
                ledger,
                "reserve",
                "add",
                "CNY-CASH-1",
                "--currency",
                "CNY",
                "--class",
                "CASH",
                "--quantity",
                "600000.00",
                "--price",
                "1",
                "--issuer",
                "PBOC");
        run(
                ledger,
                "reserve",
                "add",
                "CNY-BOND-1",
                "--currency",
                "CNY",
                "--class",
                "GOV_BOND",
                "--quantity",
                "400",
                "--price",
                "999.50",
                "--maturity",
                "2030-01-01",
                "--issuer",
                "MOF-CN");
        // no haircut on either class and no short-maturity share, so coverage is plain value / units
        run(ledger, "reserve", "policy", "CNY", "--haircut", "CASH=0", "--haircut", "GOV_BOND=0", "--short-share", "0");
        // 499,900.00 outstanding: coverage 999,800.00 / 499,900.00 = 2.0000
        run(ledger, "stable", "mint", "CNY", "--to", "banka:main", "--amount", "499900.00");
        Path page = dir.resolve("cny.html");
        CliRun report = run(ledger, "--json", "audit", "report", "CNY", "--html", page.toString());
        assertThat(report.json().get("file").getAsString()).isEqualTo(page.toString());

        String html = Files.readString(page);
        Map<String, String> shown = Figures.of(html);
        var reserves = run(ledger, "--json", "audit", "reserves", "CNY").json();
        Figures.assertShowExactly(shown, reserves);
        assertThat(shown.get("reserveValue")).isEqualTo("999800.00");
        assertThat(shown.get("coverage")).isEqualTo("2.0000");
        assertThat(shown.get("byClass.GOV_BOND")).isEqualTo("399800.00");
        // the attestation: by the custodian that recorded it
        assertThat(shown.get("lastAttestedBy")).isEqualTo("CentralBankMSP");
        // self-contained: both proofs inside, no address to fetch anything from
        assertThat(html).contains("\"CNY-CASH-1\":{").contains("\"CNY-BOND-1\":{");
        assertThat(html)
                .doesNotContain("src=\"http")
                .doesNotContain("href=\"http")
                .doesNotContain("fetch(");
    }

    @Test
    void reportOfAnUnknownCurrencyIsBadUsage(@TempDir Path dir) {
        CliRun r = CliRun.on(
                dir.resolve("ledger"),
                "audit",
                "report",
                "XXX1",
                "--html",
                dir.resolve("x.html").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
    }

    static CliRun run(Path ledger, String... args) {
        CliRun r = CliRun.on(ledger, args);
        assertThat(r.exit())
                .as(String.join(" ", args) + ": " + r.err() + r.out())
                .isZero();
        return r;
    }
}
