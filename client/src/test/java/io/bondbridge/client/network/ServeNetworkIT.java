package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.cli.ServeRun;
import org.junit.jupiter.api.Test;

/**
 * {@code bondbridge serve --fabric PROFILES --as banka}: the HTTP API over the Gateway, one submission (an account
 * opened) and one query (that account, read back through the same server).
 */
class ServeNetworkIT extends LiveNetworkTest {
    @Test
    void submitAndQueryThroughServeOnFabric() {
        String account = "banka:srv" + FabricNetwork.runId().toLowerCase(java.util.Locale.ROOT);
        try (ServeRun serve =
                ServeRun.start("--fabric", FabricNetwork.profiles().toString(), "--as", "banka")) {
            ServeRun.Reply opened = serve.post("/account/open", "{\"account\":\"" + account + "\"}");
            assertThat(opened.status()).as(opened.json().toString()).isEqualTo(200);
            assertThat(opened.json().get("txId").getAsString()).hasSize(64);
            // the query may reach a peer one block behind: NOT_FOUND (404) until it has the block
            ServeRun.Reply shown =
                    eventually(() -> serve.get("/account/show?account=" + account), r -> r.status() == 200);
            assertThat(shown.status()).as(shown.json().toString()).isEqualTo(200);
            assertThat(shown.json().toString()).contains(account.substring("banka:".length()));
        }
    }
}
