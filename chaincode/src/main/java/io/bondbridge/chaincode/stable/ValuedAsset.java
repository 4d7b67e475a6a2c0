package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.ReserveAsset;

/**
 * A reserve asset valued in its reserve's currency on one date.
 *
 * @param asset the recorded asset
 * @param marketValue quantity x unit price, converted to the reserve currency, rounded DOWN to its scale
 * @param adjustedValue the market value after the policy's haircut (zero for an ineligible class), DOWN
 * @param remainingDays days from the valuation date to maturity (negative once matured), null without maturity
 * @param bucket maturity bucket: {@code <=7d}, {@code <=93d}, {@code <=1y} or {@code >1y}
 */
public record ValuedAsset(
        ReserveAsset asset, Amount marketValue, Amount adjustedValue, Integer remainingDays, String bucket) {

    /** The same asset at another market value (a stress scenario), its adjusted value recomputed. */
    public ValuedAsset withMarketValue(Amount newMarketValue, Valuation valuation) {
        return new ValuedAsset(
                asset, newMarketValue, valuation.adjusted(asset.assetClass(), newMarketValue), remainingDays, bucket);
    }

    /** True when it matures (or is available) within one year. */
    public boolean shortTerm() {
        return !Composition.OVER_1Y.equals(bucket);
    }
}
