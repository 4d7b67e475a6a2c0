package io.bondbridge.api.stable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The mint headroom of a stable currency is escrowed in {@link #COUNT} allowance shards; a mint draws on the shard
 * of its recipient, a redemption returns headroom to the shard of its redeemer. The shard of an account is a pure
 * function of its canonical id ({@code owner:name}): the first four bytes of SHA-256 of its UTF-8 bytes, read as an
 * unsigned big-endian integer, modulo {@link #COUNT}. Clients can compute it too (to spread recipients).
 */
public final class HeadroomShards {
    /** Allowance shards per currency. Part of the stored state: changing it needs a migration (a rebalance). */
    public static final int COUNT = 32;

    private HeadroomShards() {}

    /** The shard (0 to {@link #COUNT} - 1) of an account's canonical id. */
    public static int of(String accountId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            long first = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return (int) (first % COUNT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
