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
 * @param issuer the currency's issuer (fixed by its policy, never changed), recorded by the rebalance that wrote the
 *     shard or by the first mint or redemption on it that read the policy: a mint by it on this shard's fast path
 *     needs no read of the policy; null until then (a shard granted before the first mint stored the policy)
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
        SortedMap<String, BigDecimal> grantRates,
        String issuer) {
    /** {@code mspId} is recorded here as the currency's issuer. */
    public boolean issuedBy(String mspId) {
        return mspId.equals(issuer);
    }

    /** The same shard with the currency's issuer recorded. */
    HeadroomShard withIssuer(String issuerMspId) {
        return new HeadroomShard(
                currency, shard, allowance, minted, redeemed, open, grantDigest, grantTxId, grantRates, issuerMspId);
    }

    /** The same shard with its allowance and counters moved. */
    HeadroomShard moved(Amount allowance, Amount minted, Amount redeemed) {
        return new HeadroomShard(
                currency, shard, allowance, minted, redeemed, open, grantDigest, grantTxId, grantRates, issuer);
    }
}
