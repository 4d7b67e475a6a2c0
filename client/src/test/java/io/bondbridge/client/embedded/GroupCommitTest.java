package io.bondbridge.client.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: an acknowledged record is forced to disk, and concurrent commits share forces. */
class GroupCommitTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneForceCoversEveryFrameWrittenBeforeIt(@TempDir Path dir) throws IOException {
        try (TxLog log = TxLog.open(dir.resolve("log"), true, p -> {})) {
            assertThat(log.write(bytes("a"))).isEqualTo(1);
            assertThat(log.write(bytes("b"))).isEqualTo(2);
            assertThat(log.write(bytes("c"))).isEqualTo(3);
            assertThat(log.forces()).isZero();

            log.awaitDurable(2); // the leader forces all three frames written so far
            assertThat(log.forces()).isEqualTo(1);
            log.awaitDurable(3); // already covered: no second force
            log.awaitDurable(1);
            assertThat(log.forces()).isEqualTo(1);

            log.write(bytes("d"));
            log.awaitDurable(4);
            assertThat(log.forces()).isEqualTo(2);
        }
        List<String> replayed = new ArrayList<>();
        try (TxLog reopened =
                TxLog.open(dir.resolve("log"), true, p -> replayed.add(new String(p, StandardCharsets.UTF_8)))) {
            assertThat(replayed).containsExactly("a", "b", "c", "d");
            assertThat(reopened.droppedBytes()).isZero();
        }
    }

    @Test
    void withoutSyncNothingIsForced(@TempDir Path dir) throws IOException {
        try (TxLog log = TxLog.open(dir.resolve("log"), false, p -> {})) {
            log.awaitDurable(log.write(bytes("a")));
            assertThat(log.forces()).isZero();
        }
    }

    @Test
    void aFailedForceFailsThatWaitAndEveryLaterOne(@TempDir Path dir) throws IOException {
        TxLog log = TxLog.open(dir.resolve("log"), true, p -> {});
        log.write(bytes("a"));
        log.close(); // the force below fails (closed channel), as a disk error would
        assertThatThrownBy(() -> log.awaitDurable(1)).isInstanceOf(IOException.class);
        // Whether "a" reached the disk is unknown now: nothing is acknowledged any more, not even record 1.
        assertThatThrownBy(() -> log.awaitDurable(1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("reopen the ledger");
    }

    @Test
    void concurrentCommitsAreAllDurableAndShareForces(@TempDir Path dir) throws Exception {
        int threads = 8;
        int perThread = 50;
        String digest;
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            ledger.transport("centralbank").submit("governance", "init");
            long forcesBefore = ledger.logForces();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        EmbeddedTransport bank = ledger.transport("banka");
                        for (int i = 0; i < perThread; i++) {
                            bank.submit("governance", "openAccount", "t" + thread + "n" + i);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            // 8 x 50 = 400 commits on disjoint accounts, all acknowledged; with 8 submitters at once, some
            // commits shared a force, so there were fewer forces than commits.
            assertThat(ledger.height()).isEqualTo(1 + threads * perThread);
            assertThat(ledger.logForces() - forcesBefore).isLessThan(threads * perThread);
            digest = ledger.stateDigest();
        }
        try (EmbeddedLedger reopened = EmbeddedLedger.open(dir)) {
            assertThat(reopened.height()).isEqualTo(1 + threads * perThread);
            assertThat(reopened.stateDigest()).isEqualTo(digest);
        }
    }
}
