package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.MerkleProof;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

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
    private final Amount units;

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
        this(currency, asOf, asOfTxId, policy, assets, supplyChanges, rates, pricing, null);
    }

    /**
     * @param units units outstanding when known without the supply rows (now: base + headroom shards, see {@link
     *     MintHeadroom}); null to sum {@code supplyChanges}
     */
    public ReserveSnapshot(
            String currency,
            Instant asOf,
            String asOfTxId,
            ReservePolicy policy,
            List<ReserveAsset> assets,
            List<SupplyChange> supplyChanges,
            UsdRates rates,
            ReservePricing pricing,
            Amount units) {
        this.units = units;
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

    /** Mints minus redemptions. */
    public Amount unitsOutstanding() {
        if (this.units != null) {
            return this.units;
        }
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

    /**
     * What {@code audit reserves} answers about this snapshot: the reserve's composition, coverage and digest, the
     * mints this reserve state backed, and the inclusion proof of {@code proofAssetId} when not null.
     */
    public Composition composition(String proofAssetId) {
        ReserveMetrics m = metrics();
        String digest = m.digest();
        TreeMap<String, SortedMap<String, BigDecimal>> weights = new TreeMap<>();
        weights.put("class", m.weights(m.byClass()));
        weights.put("currency", m.weights(m.byCurrency()));
        weights.put("maturity", m.weights(m.byMaturity()));
        weights.put("custodian", m.weights(m.byCustodian()));
        weights.put("issuer", m.weights(m.byIssuer()));
        List<Breach> breaches = m.breaches();

        List<SupplyChange> backing = new ArrayList<>();
        for (SupplyChange c : supplyChanges) {
            if (c.kind() == SupplyChange.Kind.MINT && digest.equals(c.reserveDigest())) {
                backing.add(c);
            }
        }
        backing.sort(Comparator.comparing(SupplyChange::at)
                .thenComparing(SupplyChange::txId)
                .reversed());
        List<Composition.BackedMint> latest = backing.stream()
                .limit(Composition.MAX_BACKED_MINTS)
                .map(c -> new Composition.BackedMint(c.txId(), c.at(), c.account(), c.amount(), c.coverage()))
                .toList();

        MerkleProof proof = null;
        if (proofAssetId != null) {
            int index = -1;
            for (int i = 0; i < m.assets().size(); i++) {
                if (m.assets().get(i).asset().id().equals(proofAssetId)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw LedgerException.of(
                        ErrorCode.NOT_FOUND,
                        "asset %s is not in the %s reserve as of %s",
                        proofAssetId,
                        currency,
                        asOf);
            }
            proof = Merkle.proof(m.leaves(), index, proofAssetId);
        }
        return new Composition(
                currency,
                asOf,
                asOfTxId,
                policy.issuer(),
                m.units(),
                m.market(),
                m.adjusted(),
                m.coverage(),
                policy.minCoverage(),
                m.byClass(),
                m.byCurrency(),
                m.byMaturity(),
                m.byCustodian(),
                m.byIssuer(),
                weights,
                m.assets().size(),
                digest,
                breaches.stream().map(Breach::limit).toList(),
                breaches.stream().map(Breach::message).toList(),
                backing.size(),
                latest,
                proof);
    }
}
