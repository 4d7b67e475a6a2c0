package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.eventually;
import static io.bondbridge.client.network.FabricNetwork.openIfAbsent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.GatewayTransport;
import io.bondbridge.client.transport.TxResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Governance on a real Fabric network, driven through {@link GatewayTransport} as different organizations (the
 * features' own network tests sit beside this one: {@code StableNetworkIT}, {@code BondNetworkIT},
 * {@code PaymentNetworkIT}, {@code EventsNetworkIT}).
 *
 * <p>Run by {@code scripts/network-test.sh}, which brings the network up, deploys the chaincode and passes the
 * profiles directory as {@code -Dbondbridge.fabric.profiles}; without that property every test is skipped. The
 * tests tolerate a ledger that earlier runs already used (accounts they open may exist).
 */
class FabricNetworkIT extends LiveNetworkTest {
    @BeforeAll
    static void bootstrap() {
        if (FabricNetwork.profiles() != null) {
            as("centralbank").submit("governance", "init");
        }
    }

    private static GatewayTransport as(String org) {
        return FabricNetwork.transport(org);
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void initIsIdempotent() {
        TxResult again = as("centralbank").submit("governance", "init");

        assertThat(again.txId()).isNotBlank();
    }

    @Test
    void anAccountCommittedThroughOnePeerIsReadThroughAnother() {
        openIfAbsent("banka", "trading");

        JsonObject account = eventually(() -> json(as("bankb").evaluate("governance", "getAccount", "banka:trading")));

        assertThat(account.get("owner").getAsString()).isEqualTo("BankAMSP");
        assertThat(account.get("name").getAsString()).isEqualTo("trading");
        assertThat(account.get("id").getAsString()).endsWith(":trading");
        assertThat(account.get("frozen").getAsBoolean()).isFalse();
    }

    @Test
    void aRejectedTransactionChangesNothing() {
        assertThatThrownBy(() -> as("banka").submit("governance", "freezeAccount", "bankb:main", "reason", ""))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));

        JsonObject main = json(as("bankb").evaluate("governance", "getAccount", "bankb:main"));

        assertThat(main.get("frozen").getAsBoolean()).isFalse();
    }

    /**
     * Concurrent submits from four organizations: whatever read conflicts they cause are retried by the transport
     * (read conflicts at commit, stale reads at endorsement), so every one commits.
     */
    @Test
    void concurrentSubmitsFromDifferentOrganizationsAllCommit() throws Exception {
        List<String> orgs = List.of("centralbank", "hkcentralbank", "banka", "bankb");
        String run = Long.toString(System.currentTimeMillis(), 36);
        int count = 12;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<TxResult>> submits = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String org = orgs.get(i % orgs.size());
                String name = "it" + run + "n" + i;
                submits.add(pool.submit(() -> as(org).submit("governance", "openAccount", name)));
            }
            for (Future<TxResult> submit : submits) {
                assertThat(submit.get(3, TimeUnit.MINUTES).txId()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
        long retried = orgs.stream().mapToLong(o -> as(o).retriedAttempts()).sum();
        System.out.printf(
                "%d concurrent openAccount submits committed; %d attempt(s) retried after a conflict%n",
                count, retried);

        for (int i = 0; i < count; i++) {
            String org = orgs.get(i % orgs.size());
            String id = org + ":it" + run + "n" + i;
            JsonObject account = eventually(() -> json(as("regulator").evaluate("governance", "getAccount", id)));
            assertThat(account.get("name").getAsString()).isEqualTo("it" + run + "n" + i);
        }
    }

    /**
     * Ten submits one after another, each returning only once committed: every one is readable at once through the
     * submitting organization's peer. Prints the submit-to-commit latency (a figure for the run log, not a check).
     */
    @Test
    void sequentialSubmitsAreCommittedWhenTheyReturn() {
        String run = FabricNetwork.runId().toLowerCase(java.util.Locale.ROOT);
        long[] millis = new long[10];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            as("banka").submit("governance", "openAccount", "seq" + run + i);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            JsonObject account = json(as("banka").evaluate("governance", "getAccount", "banka:seq" + run + i));
            assertThat(account.get("name").getAsString()).isEqualTo("seq" + run + i);
        }
        java.util.Arrays.sort(millis);
        System.out.printf(
                "submit-to-commit latency, %d sequential openAccount submits: median %d ms, min %d ms, max %d ms%n",
                millis.length, millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }
}
