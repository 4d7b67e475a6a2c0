package io.bondbridge.chaincode.stable;

import io.bondbridge.chaincode.ledger.Amount;
import io.bondbridge.chaincode.ledger.Currencies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A reserve and its stable currency's supply at one point: now (committed state) or as of a past time or
 * transaction (rebuilt from key histories by {@link ReserveSnapshots}).
 */
public final class ReserveSnapshot {
    private final String currency;
    private final Instant asOf;
    private final String asOfTxId;
    private final ReservePolicy policy;
    private final List<ReserveAsset> assets;
    private final List<SupplyChange> supplyChanges;
    private final UsdRates rates;
    private final ReservePricing pricing;

    /**
     * @param assets the reserve's assets in key (asset id) order
     * @param supplyChanges every mint and redemption up to this point
     */
    public ReserveSnapshot(
            String currency,
            Instant asOf,
            String asOfTxId,
            ReservePolicy policy,
            List<ReserveAsset> assets,
            List<SupplyChange> supplyChanges,
            UsdRates rates,
            ReservePricing pricing) {
        this.currency = Currencies.require(currency);
        this.asOf = asOf;
        this.asOfTxId = asOfTxId;
        this.policy = policy;
        this.assets = List.copyOf(assets);
        this.supplyChanges = List.copyOf(supplyChanges);
        this.rates = rates;
        this.pricing = pricing;
    }

    public String currency() {
        return currency;
    }

    /** The time the snapshot describes (the query's timestamp for "now"). */
    public Instant asOf() {
        return asOf;
    }

    /** The transaction the snapshot was asked for, or null. */
    public String asOfTxId() {
        return asOfTxId;
    }

    public ReservePolicy policy() {
        return policy;
    }

    public List<ReserveAsset> assets() {
        return assets;
    }

    public List<SupplyChange> supplyChanges() {
        return supplyChanges;
    }

    public UsdRates rates() {
        return rates;
    }

    /** Sum of mints minus redemptions. */
    public Amount unitsOutstanding() {
        Amount units = Amount.zero(Currencies.scale(currency));
        for (SupplyChange c : supplyChanges) {
            units = units.plus(c.delta());
        }
        return units;
    }

    /** Valuation on the snapshot's date (UTC) under its policy and rates. */
    public Valuation valuation() {
        return new Valuation(currency, policy, rates, LocalDate.ofInstant(asOf, ZoneOffset.UTC), pricing);
    }

    public ReserveMetrics metrics() {
        return metrics(assets);
    }

    /** Metrics of these assets (in key order) instead of the snapshot's, with the snapshot's supply. */
    public ReserveMetrics metrics(List<ReserveAsset> otherAssets) {
        Valuation valuation = valuation();
        return ReserveMetrics.of(
                currency, policy, otherAssets.stream().map(valuation::value).toList(), unitsOutstanding());
    }
}
