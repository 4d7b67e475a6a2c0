package io.bondbridge.api.stable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The mint headroom of a stable currency is escrowed in {@link #COUNT} allowance shards; a mint draws on the shard
 * its client names ({@code stable:mintOnShard}) or, for a plain {@code stable:mint}, the shard of its transaction id;
 * a redemption returns headroom to the shard of its redeemer. The shard of a string is a pure function of it: the
 * first four bytes of SHA-256 of its UTF-8 bytes, read as an unsigned big-endian integer, modulo {@link #COUNT}.
 *
 * <p>Why the shard is the client's to choose: two mints in flight at once conflict only when they land on one shard
 * (any shard is as good as another for the coverage invariant: each holds its own part of the headroom). Chosen by
 * recipient, two recipients sharing a shard conflicted on every attempt, retries included. Chosen by transaction id,
 * with W mints in flight an attempt meets another on its shard with probability about (W - 1) / COUNT: a quarter of
 * the attempts at 64 in flight, each a wasted round of endorsement, ordering and validation. The client library
 * rotates instead (each mint of a JVM takes the next shard), so a client's mints in flight never share one.
 */
public final class HeadroomShards {
    /**
     * Allowance shards per currency. Part of the stored state: it may grow (shards beyond the old count start absent:
     * a mint drawing on one takes the exact path and rebalances every shard; a redemption creates it closed), never
     * shrink. 32 until a concurrent-mint benchmark showed recipients sharing a shard; 256 keeps collisions rare at
     * 64 in flight while a rebalance still reads and writes only 257 rows.
     */
    public static final int COUNT = 256;

    private HeadroomShards() {}

    /** The shard (0 to {@link #COUNT} - 1) of an account's canonical id or a transaction id. */
    public static int of(String accountId) {
        return of(accountId, COUNT);
    }

    /**
     * The shard (0 to {@code count} - 1) of an id: the first four bytes of its SHA-256, unsigned, mod {@code count}.
     * The same on every peer, and spread evenly whatever the ids look like; sharded balances use it too.
     */
    public static int of(String id, int count) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long first = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return (int) (first % count);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
