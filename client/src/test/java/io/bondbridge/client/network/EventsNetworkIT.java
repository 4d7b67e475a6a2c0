package io.bondbridge.client.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaincode events from a real peer with a checkpoint: a listener that stops and a new one (a new connection, as
 * after a restart of the process) that resumes from the same checkpoint file together see every event once.
 */
class EventsNetworkIT extends LiveNetworkTest {
    @Test
    void aListenerResumedFromItsCheckpointNeitherMissesNorRepeatsAnEvent(@TempDir Path dir) throws Exception {
        String run = FabricNetwork.runId().toLowerCase(Locale.ROOT);
        Path checkpoint = dir.resolve("regulator.checkpoint");
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(FabricNetwork.transport("banka")
                    .submit("governance", "openAccount", "ev" + run + i)
                    .txId());
        }

        // The first listener reads the whole history and stops after the second of this run's transactions.
        List<GatewayTransport.Event> first = follow(checkpoint, opened.get(1));
        for (int i = 3; i < 5; i++) {
            opened.add(FabricNetwork.transport("bankb")
                    .submit("governance", "openAccount", "ev" + run + i)
                    .txId());
        }
        List<GatewayTransport.Event> second = follow(checkpoint, opened.get(4));

        List<String> firstIds = first.stream().map(GatewayTransport.Event::txId).toList();
        List<String> secondIds =
                second.stream().map(GatewayTransport.Event::txId).toList();
        assertThat(firstIds).containsSubsequence(opened.get(0), opened.get(1)).doesNotContain(opened.get(2));
        assertThat(secondIds).as("resumed right after the last event handled").startsWith(opened.get(2));
        assertThat(secondIds).containsSubsequence(opened.get(2), opened.get(3), opened.get(4));
        assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
        assertThat(secondIds).doesNotHaveDuplicates();
        assertThat(second.get(0).name()).isEqualTo("AccountOpened");
        assertThat(Files.size(checkpoint)).isPositive();
    }

    /** Follows events on a connection of its own until the event of {@code lastTxId}, then closes it. */
    private static List<GatewayTransport.Event> follow(Path checkpoint, String lastTxId) throws Exception {
        List<GatewayTransport.Event> seen = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (GatewayTransport listener =
                GatewayTransport.connect(FabricProfile.load(FabricNetwork.profiles(), "regulator"))) {
            Future<?> done = pool.submit(() -> listener.followEvents(checkpoint, 0, event -> {
                seen.add(event);
                return !event.txId().equals(lastTxId);
            }));
            done.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        return seen;
    }
}
