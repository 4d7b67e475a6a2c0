package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import java.time.Instant;

/**
 * A currency's supply totals at its last headroom rebalance, stored under {@code stable.supplybase (currency)};
 * see {@link MintHeadroom}. Written only by rebalances (the exact mint path, reserve and policy changes, explicit
 * rebalances), never by a fast-path mint or a redemption.
 *
 * @param currency the stable currency
 * @param minted units ever minted, up to the last rebalance
 * @param redeemed units ever redeemed, up to the last rebalance
 * @param txId the rebalancing transaction
 * @param at its timestamp
 * @param capacity the most units the reserve covered then (null when coverage did not bind)
 * @param reserveDigest Merkle root of the reserve then
 */
public record SupplyBase(
        String currency,
        Amount minted,
        Amount redeemed,
        String txId,
        Instant at,
        Amount capacity,
        String reserveDigest) {

    public Amount outstanding() {
        return minted.minus(redeemed);
    }
}
