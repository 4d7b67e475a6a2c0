package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;

/**
 * What an explicit rebalance of a currency's mint headroom found and granted.
 *
 * @param txId the rebalancing transaction
 * @param currency the stable currency
 * @param unitsOutstanding units outstanding (exact: base + every shard)
 * @param reserveValueAfterHaircuts the reserve value after haircuts
 * @param capacity the most units the reserve covers: value after haircuts / minimum coverage, DOWN to the scale
 * @param coverage reserve value after haircuts / units outstanding, 4 places, DOWN; null with nothing outstanding
 * @param headroom units that may still be minted, spread over the shards (zero when the reserve breaks a limit)
 * @param shards number of allowance shards
 * @param reserveDigest Merkle root of the reserve the headroom was granted against
 * @param breaches the policy limits the reserve breaks now (no headroom is granted while any is broken)
 */
public record RebalanceResult(
        String txId,
        String currency,
        Amount unitsOutstanding,
        Amount reserveValueAfterHaircuts,
        Amount capacity,
        BigDecimal coverage,
        Amount headroom,
        int shards,
        String reserveDigest,
        java.util.List<String> breaches) {}
