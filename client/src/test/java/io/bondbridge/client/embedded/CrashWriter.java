package io.bondbridge.client.embedded;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: opens the ledger in {@code args[0]} and opens accounts
 * {@code c<N>}, {@code c<N+1>}... one transaction each, from {@code N = args[1]}, printing {@code ACK N} once each
 * has committed (the ledger acknowledged it), until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(Path.of(args[0]))) {
            EmbeddedTransport bank = ledger.transport("banka");
            for (long n = Long.parseLong(args[1]); ; n++) {
                bank.submit("governance", "openAccount", "c" + n);
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }
}
