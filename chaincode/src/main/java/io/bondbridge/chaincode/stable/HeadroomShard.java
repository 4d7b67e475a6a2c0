package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * One allowance shard of a currency's escrowed mint headroom, stored under {@code stable.headroom (currency,
 * shard)}; see {@link MintHeadroom}.
 *
 * @param currency the stable currency
 * @param shard 0 to {@link io.bondbridge.api.stable.HeadroomShards#COUNT} - 1
 * @param allowance units that may still be minted through this shard without the exact check
 * @param minted units minted through this shard since the last rebalance
 * @param redeemed units redeemed through this shard since the last rebalance
 * @param open false when the last rebalance found the reserve breaking a policy limit: no headroom was granted, and
 *     redemptions do not return any (every mint takes the exact path until a rebalance finds the reserve sound)
 * @param grantDigest Merkle root of the reserve the allowance was granted against
 * @param grantTxId the rebalancing transaction
 * @param grantRates the USD reference rates the reserve was valued at (foreign-currency assets only): when one has
 *     changed since, the fast path is not taken
 */
public record HeadroomShard(
        String currency,
        int shard,
        Amount allowance,
        Amount minted,
        Amount redeemed,
        boolean open,
        String grantDigest,
        String grantTxId,
        SortedMap<String, BigDecimal> grantRates) {}
