package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.stable.BalanceShards;

/** One shard row of a sharded balance, under {@code stable.balshard}; see {@link BalanceShards}. */
public record BalanceShard(String account, String currency, int shard, Amount balance) {}
