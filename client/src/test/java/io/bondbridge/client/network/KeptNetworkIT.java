package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.KeptRun;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bondbridge connect --fabric PROFILES --as banka} on Fabric: one submission (an account opened) and one query
 * (that account read back) sent to the kept Gateway connection as later commands send them.
 */
class KeptNetworkIT extends LiveNetworkTest {
    @TempDir
    Path tmp;

    @Test
    void submitAndQueryThroughAKeptConnectionOnFabric() {
        String account = "banka:kept" + FabricNetwork.runId().toLowerCase(Locale.ROOT);
        String profiles = FabricNetwork.profiles().toString();
        try (KeptRun kept = KeptRun.start(
                tmp.resolve("connections"), FabricNetwork.profiles(), "banka", FabricNetwork.transport("banka"))) {
            CliRun opened = kept.run("--fabric", profiles, "--as", "banka", "--json", "account", "open", account);
            assertThat(opened.exit()).as(opened.err() + opened.out()).isZero();
            assertThat(opened.json().get("txId").getAsString()).hasSize(64);
            CliRun shown = eventually(
                    () -> kept.run("--fabric", profiles, "--as", "banka", "--json", "account", "show", account),
                    r -> r.exit() == 0);
            assertThat(shown.exit()).as(shown.err() + shown.out()).isZero();
            assertThat(shown.out()).contains(account.substring("banka:".length()));
        }
    }
}
