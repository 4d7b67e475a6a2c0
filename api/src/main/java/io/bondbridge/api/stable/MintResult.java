package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;

/**
 * What a mint did and the reserve state it was checked against.
 *
 * <p>A mint draws on the escrowed headroom of its transaction id's shard ({@link HeadroomShards}). On that <b>fast
 * path</b> it reads only that shard, so it does not know the exact units outstanding or coverage (they would need
 * every shard, and every mint would conflict with every other): {@code unitsOutstanding}, {@code coverage} and
 * {@code reserveValueAfterHaircuts} are null and {@code reserveDigest} is the digest of the reserve the shard's
 * headroom was granted against (read the supply or the audit composition for the exact figures). When the shard's
 * headroom is short the mint takes the <b>exact path</b>: today's full policy check, then a rebalance; all fields
 * are filled.
 *
 * @param unitsOutstanding units outstanding after the mint; null on the fast path
 * @param coverage coverage after the mint, 4 places, DOWN; null on the fast path
 * @param reserveValueAfterHaircuts the reserve value after haircuts checked against; null on the fast path
 * @param reserveDigest the reserve digest checked against (fast path: the shard's grant digest)
 * @param shard the recipient's headroom shard
 * @param shardHeadroom units that may still be minted through that shard after this mint
 */
public record MintResult(
        String txId,
        String currency,
        String account,
        Amount amount,
        Amount balance,
        Amount unitsOutstanding,
        BigDecimal coverage,
        Amount reserveValueAfterHaircuts,
        String reserveDigest,
        Integer shard,
        Amount shardHeadroom) {

    /** True when the mint took the exact path (full policy check and rebalance). */
    public boolean exact() {
        return unitsOutstanding != null;
    }
}
