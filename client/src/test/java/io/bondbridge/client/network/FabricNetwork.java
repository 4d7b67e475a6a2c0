package io.bondbridge.client.network;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The live network the ITs in this package drive: one Gateway connection per organization, opened on first use from
 * the profiles {@code scripts/network.sh up} wrote ({@code -Dbondbridge.fabric.profiles}, set by
 * {@code scripts/network-test.sh}). Without that property every IT skips itself.
 */
final class FabricNetwork {
    static final String PROFILES_PROPERTY = "bondbridge.fabric.profiles";

    /** A peer commits a block a moment after the one the Gateway reported the commit from. */
    private static final Duration PEER_LAG = Duration.ofSeconds(15);

    private static final Map<String, GatewayTransport> TRANSPORTS = new ConcurrentHashMap<>();

    private FabricNetwork() {}

    /** Skips the calling test unless a network was named. */
    static void require() {
        assumeTrue(
                profiles() != null,
                "system property " + PROFILES_PROPERTY + " is not set: the network tests run only through"
                        + " scripts/network-test.sh, against a live Fabric network");
    }

    static Path profiles() {
        String dir = System.getProperty(PROFILES_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** The Gateway transport of {@code org} (shared by the ITs; transaction time: the clock). */
    static GatewayTransport transport(String org) {
        return TRANSPORTS.computeIfAbsent(org, o -> GatewayTransport.connect(FabricProfile.load(profiles(), o)));
    }

    /** The client library as {@code org}, over the network. */
    static BondBridge as(String org) {
        return BondBridge.open(transport(org));
    }

    /**
     * A connection of its own for {@code org} whose transactions carry {@code time} (Fabric takes a transaction's
     * time from the client's header); the caller closes it.
     */
    static GatewayTransport at(String org, Instant time) {
        return GatewayTransport.connect(FabricProfile.load(profiles(), org)).at(time);
    }

    static void closeAll() {
        TRANSPORTS.values().forEach(GatewayTransport::close);
        TRANSPORTS.clear();
    }

    /** A suffix that makes this run's ids unique on a ledger earlier runs used. */
    static String runId() {
        return Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    }

    /** Retries a read that may hit a peer one block behind until the value is there (NOT_FOUND meanwhile). */
    static <T> T eventually(Supplier<T> read) {
        return eventually(read, v -> true);
    }

    /**
     * Retries {@code read} until {@code done} holds for its value, for a peer that has not yet committed the block
     * another peer reported; gives up after {@link #PEER_LAG} and returns the last value (or throws the last error),
     * so the caller's assertion shows what the peer had.
     */
    static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(PEER_LAG);
        while (true) {
            try {
                T value = read.get();
                if (done.test(value) || Instant.now().isAfter(deadline)) {
                    return value;
                }
            } catch (BondBridgeException e) {
                if (e.code() != ErrorCode.NOT_FOUND || Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Opens {@code org:name} unless an earlier run did. */
    static void openIfAbsent(String org, String name) {
        try {
            transport(org).submit("governance", "openAccount", name);
        } catch (BondBridgeException e) {
            if (e.code() != ErrorCode.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
