package io.bondbridge.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.HttpCommands;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reserve page as a browser shows it: headless Chromium renders {@code GET /reserves/CNY} of the demo's ledger;
 * the figures in the rendered DOM equal {@code audit reserves --json}; the proof box verifies a real asset's proof
 * with WebCrypto, and fails for an unknown id and for a tampered leaf. Saves a screenshot in target/ (or where
 * {@code -Dbondbridge.screenshot} says: the README's picture is docs/reserve-page.png). Skipped where no Chromium is installed ({@code .ci/run} installs Debian's).
 */
class ReservePageBrowserTest {
    private static final String ASSET = "CNY-CASH-PBOC";

    @TempDir
    Path dir;

    @Test
    void renderedPageShowsTheLedgersFiguresAndChecksProofs() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no chromium on this machine (.ci/run installs it)");
        Path ledgerDir = dir.resolve("ledger");
        CliRun demo = CliRun.on(ledgerDir, "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();

        String dom;
        String unknown;
        try (EmbeddedLedger ledger = EmbeddedLedger.open(ledgerDir);
                ApiServer server = ApiServer.start(
                        ApiServer.Config.loopback(0),
                        new HttpCommands(ledger.transport("regulator"), "regulator"),
                        BondBridge.open(ledger.transport("regulator")))) {
            String page = "http://127.0.0.1:" + server.port() + "/reserves/CNY";
            dom = chromium(chromium, "--dump-dom", page + "?check=" + ASSET);
            unknown = chromium(chromium, "--dump-dom", page + "?check=NOT-AN-ASSET");
            // target/ by default, so a test run leaves the tree clean; -Dbondbridge.screenshot=../docs/reserve-page.png
            // renews the README's picture
            Path png = Path.of(System.getProperty("bondbridge.screenshot", "target/reserve-page.png"));
            Files.deleteIfExists(png);
            chromium(
                    chromium,
                    "--screenshot=" + png.toAbsolutePath(),
                    "--window-size=1200,2150",
                    page + "?check=" + ASSET);
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
        // the rendered DOM (after the page's script ran) against the CLI, on the same, unchanged ledger
        JsonObject reserves =
                CliRun.on(ledgerDir, "--json", "audit", "reserves", "CNY").json();
        Map<String, String> shown = Figures.of(dom);
        Figures.assertShowExactly(shown, reserves);
        assertThat(dom).contains("<svg class=\"chart\"");
        assertThat(dom).containsPattern("id=\"proof-result\" data-verified=\"true\"[^>]*>" + ASSET + ": leaf \\d+ of");
        assertThat(unknown)
                .containsPattern("id=\"proof-result\" data-verified=\"false\"[^>]*>NOT-AN-ASSET: no such asset");

        // the report file, offline: verifies as written, and not once one digit of a leaf is changed
        Path file = dir.resolve("cny.html");
        assertThat(CliRun.on(ledgerDir, "audit", "report", "CNY", "--html", file.toString())
                        .exit())
                .isZero();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(chromium(chromium, "--dump-dom", file.toUri() + "?check=" + ASSET))
                .contains("data-verified=\"true\"");
        int data = html.indexOf("id=\"reserve-data\"");
        int leaf = html.indexOf("\\\"quantity\\\":\\\"", html.indexOf("\"" + ASSET + "\":{", data));
        assertThat(leaf).as("the asset's leaf in the page's data").isPositive();
        int digit = leaf + "\\\"quantity\\\":\\\"".length();
        char changed = html.charAt(digit) == '9' ? '8' : (char) (html.charAt(digit) + 1);
        Path tampered = dir.resolve("tampered.html");
        Files.writeString(tampered, html.substring(0, digit) + changed + html.substring(digit + 1));
        assertThat(chromium(chromium, "--dump-dom", tampered.toUri() + "?check=" + ASSET))
                .containsPattern("data-verified=\"false\"[^>]*>" + ASSET + ": the proof does NOT verify");
    }

    private static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /** Runs headless Chromium with a fresh profile and no network beyond the page; returns its stdout. */
    private String chromium(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--virtual-time-budget=10000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 180 s: " + cmd);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
