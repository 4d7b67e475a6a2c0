package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.stable.BalanceShards;

/**
 * The row under {@code stable.balance (owner, name, currency)} as stored: a {@link io.bondbridge.api.stable.Balance}
 * (same fields, so readers of that type still parse it) plus, for a sharded balance, its shard count, and the
 * account's active mark.
 *
 * @param balance for an ordinary account the balance; for a sharded one the head's part (see {@link BalanceShards})
 * @param shards null for an ordinary account; else the number of shard rows its balance is split over
 * @param active true when the account was found active by the transaction that wrote this row and no freeze came
 *     since: a freeze clears the mark on every balance row of the account ({@link Settlement#clearActiveMarks}), so
 *     a leg on a marked row needs no read of the account row. Null (rows written before the mark existed, or by a
 *     freeze): the account row decides.
 */
public record BalanceHead(String account, String currency, Amount balance, Integer shards, Boolean active) {
    public boolean sharded() {
        return shards != null;
    }

    public boolean markedActive() {
        return Boolean.TRUE.equals(active);
    }
}
