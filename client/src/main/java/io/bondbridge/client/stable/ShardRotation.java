package io.bondbridge.client.stable;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which shard a client's next transaction names, for rows the ledger splits into shards so that transactions in
 * flight at once touch different ones (mint headroom, an FX provider's balances): consecutive calls take consecutive
 * steps of a rotation, so any {@code count} of them in a row get distinct shards. Start and stride (prime to
 * {@code count}, so that every shard comes round) are random per instance: two client processes meet on a shard by
 * chance, as two transaction ids would, rather than in step every time.
 */
public final class ShardRotation {
    private final int count;
    private final long start;
    private final long stride;
    private final AtomicLong taken = new AtomicLong();

    public ShardRotation(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a rotation needs at least one shard, not " + count);
        }
        this.count = count;
        this.start = ThreadLocalRandom.current().nextInt(count);
        long s;
        do {
            s = 1 + ThreadLocalRandom.current().nextInt(count);
        } while (gcd(s, count) != 1);
        this.stride = s;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The next shard, 0 to count - 1. */
    public int next() {
        return (int) Math.floorMod(start + stride * taken.getAndIncrement(), (long) count);
    }
}
