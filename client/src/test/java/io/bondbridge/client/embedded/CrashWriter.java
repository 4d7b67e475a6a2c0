package io.bondbridge.client.embedded;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: opens the ledger in {@code args[0]} and opens accounts
 * {@code c<N>}, {@code c<N+1>}... one transaction each, from {@code N = args[1]}, printing {@code ACK N} once each
 * has committed (the ledger acknowledged it), until it is killed.
 *
 * <p>With {@code args[2] = T} (group commit under load), T threads submit at once: thread k opens {@code t<k>c<N_k>},
 * {@code t<k>c<N_k+1>}... from {@code N_k = args[3 + k]} and prints {@code ACK k N}.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) throws InterruptedException {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(Path.of(args[0]))) {
            if (args.length == 2) {
                EmbeddedTransport bank = ledger.transport("banka");
                for (long n = Long.parseLong(args[1]); ; n++) {
                    bank.submit("governance", "openAccount", "c" + n);
                    System.out.println("ACK " + n);
                    System.out.flush();
                }
            }
            int threads = Integer.parseInt(args[2]);
            Thread[] writers = new Thread[threads];
            for (int k = 0; k < threads; k++) {
                int thread = k;
                long from = Long.parseLong(args[3 + k]);
                writers[k] = new Thread(() -> {
                    EmbeddedTransport bank = ledger.transport("banka");
                    for (long n = from; ; n++) {
                        bank.submit("governance", "openAccount", "t" + thread + "c" + n);
                        synchronized (System.out) {
                            System.out.println("ACK " + thread + " " + n);
                            System.out.flush();
                        }
                    }
                });
                writers[k].start();
            }
            for (Thread w : writers) {
                w.join();
            }
        }
    }
}
