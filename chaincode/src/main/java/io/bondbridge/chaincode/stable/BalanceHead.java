package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;

/**
 * The row under {@code stable.balance (owner, name, currency)} as stored: a {@link io.bondbridge.api.stable.Balance}
 * (same fields, so readers of that type still parse it) plus, for a sharded balance, its shard count.
 *
 * @param balance for an ordinary account the balance; for a sharded one the head's part (see {@link BalanceShards})
 * @param shards null for an ordinary account; else the number of shard rows its balance is split over
 */
public record BalanceHead(String account, String currency, Amount balance, Integer shards) {
    public boolean sharded() {
        return shards != null;
    }
}
