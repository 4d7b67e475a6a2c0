package io.bondbridge.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code serve} command itself on the embedded ledger, as {@code ServeNetworkIT} drives it on Fabric: one
 * submission and one query through it, then stopped, its ledger closed (the CLI opens it again and sees the
 * submission).
 */
class ServeCommandTest {
    @Test
    void servesOneOrganizationUntilStopped(@TempDir Path dir) {
        Path ledger = dir.resolve("ledger");
        assertThat(CliRun.on(ledger, "init").exit()).isZero();
        int exit;
        try (ServeRun serve = ServeRun.start("--ledger", ledger.toString(), "--as", "banka")) {
            assertThat(serve.url()).startsWith("http://127.0.0.1:");
            ServeRun.Reply opened = serve.post("/account/open", "{\"account\":\"banka:served\"}");
            assertThat(opened.status()).as(opened.json().toString()).isEqualTo(200);
            assertThat(opened.json().get("txId").getAsString()).hasSize(64);
            ServeRun.Reply shown = serve.get("/account/show?account=banka:served");
            assertThat(shown.status()).as(shown.json().toString()).isEqualTo(200);
            assertThat(shown.json().toString()).contains("served");
            exit = serve.stop();
        }
        assertThat(exit).isZero();
        CliRun show = CliRun.on(ledger, "--as", "banka", "--json", "account", "show", "banka:served");
        assertThat(show.exit()).as(show.err()).isZero();
    }
}
