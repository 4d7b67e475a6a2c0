package io.bondbridge.client.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded ledger survives {@code kill -9} at any point of a stream of transactions: a child JVM opens accounts
 * one transaction at a time and prints each acknowledgement; it is killed at a random moment; the ledger reopens
 * (so its hash chain checks out: a torn last frame is dropped, anything else refuses to open) and holds exactly a
 * prefix of the accounts, including every one that was acknowledged. Then the next child carries on from there.
 *
 * <p>{@value #ROUNDS_PROPERTY} sets the number of kills (default 6, about 25 s; {@code scripts/test.sh} runs the default,
 * hundreds are a matter of setting it).
 */
class CrashSafetyTest {
    static final String ROUNDS_PROPERTY = "bondbridge.crash.rounds";
    static final int THREADS = 4;

    @Test
    void everyReopenAfterAKillHoldsAPrefixOfTheAcknowledgedTransactions(@TempDir Path dir) throws Exception {
        int rounds = Integer.getInteger(ROUNDS_PROPERTY, 6);
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            ledger.transport("centralbank").submit("governance", "init");
        }
        Random random = new Random(20261201L);
        long next = 0; // accounts c0 .. c(next-1) exist
        long acknowledgedTotal = 0;
        long droppedFrames = 0;
        for (int round = 0; round < rounds; round++) {
            AtomicLong lastAck = new AtomicLong(-1);
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashWriter.class.getName(),
                            dir.toString(),
                            Long.toString(next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread reader = new Thread(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("ACK ")) {
                            lastAck.set(Long.parseLong(line.substring(4)));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child died: what it acknowledged is in lastAck
                }
            });
            reader.start();
            // Kill it once it is writing, at a random point of the stream.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastAck.get() < next && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(lastAck.get())
                    .as("round %d: the child acknowledged a transaction", round)
                    .isGreaterThanOrEqualTo(next);
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            long acknowledged = lastAck.get();

            try (EmbeddedLedger reopened = EmbeddedLedger.open(dir)) {
                droppedFrames += reopened.droppedBytesOnOpen() > 0 ? 1 : 0;
                long accounts = reopened.height() - 1; // init, then one account per transaction
                assertThat(accounts - 1)
                        .as("round %d: every acknowledged account is there", round)
                        .isGreaterThanOrEqualTo(acknowledged);
                // A prefix: c0 .. c(accounts-1), no gap, nothing after.
                var bank = reopened.transport("regulator");
                assertThat(bank.evaluate("governance", "getAccount", "banka:c" + (accounts - 1)))
                        .contains("\"name\":\"c" + (accounts - 1) + "\"");
                assertThat(accountExists(bank, "banka:c" + accounts)).isFalse();
                acknowledgedTotal += acknowledged - next + 1;
                next = accounts;
            }
        }
        System.out.printf(
                "%d kills: %d acknowledged transactions all present after each reopen; %d reopen(s) dropped a torn"
                        + " last frame%n",
                rounds, acknowledgedTotal, droppedFrames);
    }

    /**
     * The same with {@value #THREADS} submitters at once, so commits share forces (group commit): after each kill,
     * every thread's accounts are a prefix of its stream that includes everything acknowledged to it.
     */
    @Test
    void concurrentSubmittersSharingForcesLoseNothingAcknowledged(@TempDir Path dir) throws Exception {
        int rounds = Integer.getInteger(ROUNDS_PROPERTY, 6);
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            ledger.transport("centralbank").submit("governance", "init");
        }
        Random random = new Random(20261202L);
        long[] next = new long[THREADS]; // thread k's accounts t<k>c0 .. t<k>c(next[k]-1) exist
        long acknowledgedTotal = 0;
        for (int round = 0; round < rounds; round++) {
            AtomicLongArray lastAck = new AtomicLongArray(THREADS);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashWriter.class.getName(),
                    dir.toString(),
                    "0",
                    Integer.toString(THREADS)));
            for (int k = 0; k < THREADS; k++) {
                lastAck.set(k, next[k] - 1);
                command.add(Long.toString(next[k]));
            }
            Process child = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread reader = new Thread(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        String[] f = line.split(" ");
                        if (f.length == 3 && f[0].equals("ACK")) {
                            lastAck.set(Integer.parseInt(f[1]), Long.parseLong(f[2]));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child died: what it acknowledged is in lastAck
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastAck.get(0) < next[0] && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(lastAck.get(0))
                    .as("round %d: the child acknowledged a transaction", round)
                    .isGreaterThanOrEqualTo(next[0]);
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);

            try (EmbeddedLedger reopened = EmbeddedLedger.open(dir)) {
                var bank = reopened.transport("regulator");
                long accounts = 0;
                for (int k = 0; k < THREADS; k++) {
                    long n = next[k];
                    while (accountExists(bank, "banka:t" + k + "c" + n)) {
                        n++;
                    }
                    // t<k>c(n) is missing: a prefix only if nothing after it was kept either.
                    assertThat(accountExists(bank, "banka:t" + k + "c" + (n + 1)))
                            .isFalse();
                    assertThat(n - 1)
                            .as("round %d thread %d: every acknowledged account is there", round, k)
                            .isGreaterThanOrEqualTo(lastAck.get(k));
                    acknowledgedTotal += lastAck.get(k) - next[k] + 1;
                    next[k] = n;
                    accounts += n;
                }
                assertThat(reopened.height())
                        .as("init, then one account per transaction")
                        .isEqualTo(1 + accounts);
            }
        }
        System.out.printf(
                "%d kills with %d submitters: %d acknowledged transactions all present after each reopen%n",
                rounds, THREADS, acknowledgedTotal);
    }

    private static boolean accountExists(EmbeddedTransport t, String id) {
        try {
            t.evaluate("governance", "getAccount", id);
            return true;
        } catch (io.bondbridge.client.transport.BondBridgeException e) {
            return false;
        }
    }
}
