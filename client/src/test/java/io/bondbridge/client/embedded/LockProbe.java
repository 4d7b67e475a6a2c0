package io.bondbridge.client.embedded;

import io.bondbridge.client.transport.BondBridgeException;
import java.nio.file.Path;

/** Run in a second JVM by {@link EmbeddedLedgerTest}: tries to open a ledger and prints what happened. */
public final class LockProbe {
    private LockProbe() {}

    public static void main(String[] args) {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(Path.of(args[0]))) {
            System.out.println("OPENED height=" + ledger.height());
        } catch (BondBridgeException e) {
            System.out.println(e.getClass().getSimpleName() + " " + e.code() + ": " + e.getMessage());
        }
    }
}
