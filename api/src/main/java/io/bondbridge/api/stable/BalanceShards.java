package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;

/**
 * Sharded balances: the balance of a hot account (an FX provider's quoted account, a bond series' paying account)
 * in one currency is split over a head row ({@code stable.balance}, unchanged key) and {@link #COUNT} shard rows
 * ({@code stable.balshard (owner, name, currency, shard)}), so concurrent payments through one desk touch different
 * rows. The balance is the head plus the sum of the shards; every row is never negative.
 *
 * <p>Which shard a payment takes: the one its client names ({@link io.bondbridge.api.payment.Instruction#fxShard}),
 * as a mint names its headroom shard: the client library rotates, so its payments in flight never share one and
 * never conflict on the desk. Unnamed, the shard of the transaction id: every attempt has a new id, so a retry of a
 * conflicting payment lands on another shard; with W payments in flight an attempt then meets another on a shard
 * with probability about 2(W - 1) / COUNT (32 in flight: 6%), and one a peer has not yet committed makes the
 * endorsements differ.
 */
public final class BalanceShards {
    /**
     * Shard rows per sharded balance. Part of the stored state (the head row records the count it was split into).
     * Large, because a shard row is written only by the payments that land on it and a sweep (the exact path)
     * reads the shards with one range read; the cost is the sweep's COUNT writes, rare when shards are funded.
     */
    public static final int COUNT = 1024;

    private BalanceShards() {}

    /** The shard (0 to {@code count} - 1) of a transaction id, chosen as mint headroom shards are. */
    public static int of(String txId, int count) {
        return HeadroomShards.of(txId, count);
    }

    /**
     * {@code total} spread over {@code count} rows: floor(total / count) minor units each, the remainder on shard
     * 0, so the rows sum to exactly {@code total} and none is negative.
     */
    public static Amount share(Amount total, int count, int shard) {
        long each = total.minor() / count;
        long remainder = total.minor() % count;
        return Amount.ofMinor(shard == 0 ? each + remainder : each, total.scale());
    }
}
