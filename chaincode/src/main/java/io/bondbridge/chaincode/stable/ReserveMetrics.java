package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.Decimals;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A reserve's valued assets and units outstanding, with totals by dimension and the policy limits that break.
 *
 * <p>Which limits bind:
 *
 * <ul>
 *   <li>with no units outstanding nothing binds (an empty or partial reserve can be built before the first mint);
 *   <li>{@code minCoverage}: reserve value after haircuts &ge; minimum coverage x units outstanding;
 *   <li>{@code maxClassWeight:C}, {@code maxCustodianWeight:X}, {@code maxIssuerWeight:I}: the market value of a
 *       class, custodian or issuer &le; its maximum x the reserve's market value (weights are of market value,
 *       before haircuts: concentration is about exposure);
 *   <li>{@code minShortShare}: market value of the policy's short-share classes (default TBILL, GOV_BOND) maturing
 *       within one year &ge; minimum x market value of every class the rule measures (all but the exempt classes,
 *       default CASH and FX_DEPOSIT); with nothing measured it does not bind;
 *   <li>{@code maxBillDays:A}: a TBILL's remaining days &le; the maximum.
 * </ul>
 *
 * Every comparison is between exact products, never rounded ratios.
 */
public final class ReserveMetrics {
    private final String currency;
    private final ReservePolicy policy;
    private final List<ValuedAsset> assets;
    private final Amount units;
    private final Amount market;
    private final Amount adjusted;
    private final Amount shortValue;
    private final Amount shortBase;
    private final SortedMap<String, Amount> byClass;
    private final SortedMap<String, Amount> byCurrency;
    private final SortedMap<String, Amount> byMaturity;
    private final SortedMap<String, Amount> byCustodian;
    private final SortedMap<String, Amount> byIssuer;
    private String digest;

    private ReserveMetrics(String currency, ReservePolicy policy, List<ValuedAsset> assets, Amount units) {
        this.currency = currency;
        this.policy = policy;
        this.assets = List.copyOf(assets);
        this.units = units;
        Amount zero = Amount.zero(units.scale());
        Amount m = zero;
        Amount a = zero;
        Amount s = zero;
        Amount base = zero;
        for (ValuedAsset v : assets) {
            m = m.plus(v.marketValue());
            a = a.plus(v.adjustedValue());
            AssetClass c = v.asset().assetClass();
            if (policy.measuredForShortShare(c)) {
                base = base.plus(v.marketValue());
                if (policy.countsShort(c) && v.shortTerm()) {
                    s = s.plus(v.marketValue());
                }
            }
        }
        this.market = m;
        this.adjusted = a;
        this.shortValue = s;
        this.shortBase = base;
        this.byClass = sum(assets, v -> v.asset().assetClass().name(), zero);
        this.byCurrency = sum(assets, v -> v.asset().currency(), zero);
        TreeMap<String, Amount> maturity = new TreeMap<>();
        for (String bucket : Composition.MATURITY_BUCKETS) {
            maturity.put(bucket, zero);
        }
        maturity.putAll(sum(assets, ValuedAsset::bucket, zero));
        this.byMaturity = Collections.unmodifiableSortedMap(maturity);
        this.byCustodian = sum(assets, v -> v.asset().custodian(), zero);
        this.byIssuer = sum(assets, v -> v.asset().issuer(), zero);
    }

    /**
     * @param assets valued assets in key order (asset id order): the order of the Merkle leaves
     * @param units units outstanding, at the currency's scale
     */
    public static ReserveMetrics of(String currency, ReservePolicy policy, List<ValuedAsset> assets, Amount units) {
        return new ReserveMetrics(currency, policy, assets, units);
    }

    /** The same reserve with another number of units outstanding (a mint, a redemption run). */
    public ReserveMetrics withUnits(Amount newUnits) {
        ReserveMetrics m = new ReserveMetrics(currency, policy, assets, newUnits);
        m.digest = digest;
        return m;
    }

    private static SortedMap<String, Amount> sum(
            List<ValuedAsset> assets, Function<ValuedAsset, String> dimension, Amount zero) {
        TreeMap<String, Amount> sums = new TreeMap<>();
        for (ValuedAsset v : assets) {
            sums.merge(dimension.apply(v), v.marketValue(), Amount::plus);
        }
        return Collections.unmodifiableSortedMap(sums);
    }

    public String currency() {
        return currency;
    }

    public ReservePolicy policy() {
        return policy;
    }

    public List<ValuedAsset> assets() {
        return assets;
    }

    public Amount units() {
        return units;
    }

    /** Market value of the reserve in its currency. */
    public Amount market() {
        return market;
    }

    /** Value after haircuts: what counts toward coverage. */
    public Amount adjusted() {
        return adjusted;
    }

    /** Market value of the short-share classes maturing within one year. */
    public Amount shortValue() {
        return shortValue;
    }

    /** Market value the short-share rule measures: every class but the exempt ones. */
    public Amount shortBase() {
        return shortBase;
    }

    /** Coverage for reports (4 places, DOWN), null with no units outstanding. */
    public BigDecimal coverage() {
        return Ratios.coverage(adjusted, units);
    }

    public SortedMap<String, Amount> byClass() {
        return byClass;
    }

    public SortedMap<String, Amount> byCurrency() {
        return byCurrency;
    }

    public SortedMap<String, Amount> byMaturity() {
        return byMaturity;
    }

    public SortedMap<String, Amount> byCustodian() {
        return byCustodian;
    }

    public SortedMap<String, Amount> byIssuer() {
        return byIssuer;
    }

    /** Weights (share of market value, 4 places, HALF_EVEN) of each value of a dimension. */
    public SortedMap<String, BigDecimal> weights(SortedMap<String, Amount> values) {
        TreeMap<String, BigDecimal> w = new TreeMap<>();
        if (market.isPositive()) {
            for (Map.Entry<String, Amount> e : values.entrySet()) {
                w.put(e.getKey(), Ratios.weight(e.getValue(), market));
            }
        }
        return Collections.unmodifiableSortedMap(w);
    }

    /** The canonical JSON of each asset, in key order: the Merkle leaves. */
    public List<byte[]> leaves() {
        List<byte[]> leaves = new ArrayList<>(assets.size());
        for (ValuedAsset v : assets) {
            leaves.add(Json.bytes(v.asset()));
        }
        return leaves;
    }

    /** Merkle root over the assets (hex); see the package documentation of {@code io.bondbridge.api.stable}. */
    public String digest() {
        if (digest == null) {
            digest = Merkle.root(leaves());
        }
        return digest;
    }

    /** Every limit that does not hold, in a fixed order. */
    public List<Breach> breaches() {
        List<Breach> breaches = new ArrayList<>();
        if (!units.isPositive()) {
            return breaches;
        }
        BigDecimal u = units.toBigDecimal();
        BigDecimal adj = adjusted.toBigDecimal();
        if (adj.compareTo(policy.minCoverage().multiply(u)) < 0) {
            breaches.add(new Breach(
                    "minCoverage",
                    String.format(
                            java.util.Locale.ROOT,
                            "reserve coverage %s below minimum %s for %s (reserve after haircuts %s, units outstanding %s;"
                                    + " haircuts %s)",
                            Decimals.show(Ratios.exactish(adj, u)),
                            Decimals.show(policy.minCoverage()),
                            currency,
                            adjusted,
                            units,
                            haircutsUsed()),
                    Ratios.exactish(adj, u),
                    policy.minCoverage(),
                    false));
        }
        if (market.isPositive()) {
            for (Map.Entry<String, Amount> e : byClass.entrySet()) {
                BigDecimal max = policy.maxClassWeight().get(AssetClass.valueOf(e.getKey()));
                maximum(breaches, "maxClassWeight:" + e.getKey(), e.getKey() + " weight", e.getValue(), max);
            }
            for (Map.Entry<String, Amount> e : byCustodian.entrySet()) {
                maximum(
                        breaches,
                        "maxCustodianWeight:" + e.getKey(),
                        "custodian " + e.getKey() + " weight",
                        e.getValue(),
                        policy.maxCustodianWeight());
            }
            for (Map.Entry<String, Amount> e : byIssuer.entrySet()) {
                maximum(
                        breaches,
                        "maxIssuerWeight:" + e.getKey(),
                        "issuer " + e.getKey() + " weight",
                        e.getValue(),
                        policy.maxIssuerWeight());
            }
            BigDecimal m = shortBase.toBigDecimal();
            if (m.signum() > 0
                    && shortValue
                                    .toBigDecimal()
                                    .compareTo(policy.minShortShare().multiply(m))
                            < 0) {
                BigDecimal share = Ratios.exactish(shortValue.toBigDecimal(), m);
                breaches.add(new Breach(
                        "minShortShare",
                        String.format(
                                java.util.Locale.ROOT,
                                "share maturing within one year %s below minimum %s (%s) in the %s reserve (%s in %s"
                                        + " of %s measured; %s exempt)",
                                Decimals.show(share),
                                Decimals.show(policy.minShortShare()),
                                policy.basis(Param.MIN_SHORT_SHARE_PCT),
                                currency,
                                shortValue,
                                policy.shortShareClasses(),
                                shortBase,
                                policy.shortShareExempt()),
                        share,
                        policy.minShortShare(),
                        false));
            }
        }
        for (ValuedAsset v : assets) {
            Breach b = billDays(v.asset(), v.remainingDays(), policy, currency);
            if (b != null) {
                breaches.add(b);
            }
        }
        return breaches;
    }

    /** The bill-days limit for one asset, or null when it holds (or the asset is no bill). */
    static Breach billDays(ReserveAsset asset, Integer remainingDays, ReservePolicy policy, String currency) {
        if (asset.assetClass() != AssetClass.TBILL || remainingDays == null || remainingDays <= policy.maxBillDays()) {
            return null;
        }
        return new Breach(
                "maxBillDays:" + asset.id(),
                String.format(
                        java.util.Locale.ROOT,
                        "TBILL %s matures in %d days, above the maximum %d days (%s) for bills in the %s reserve",
                        asset.id(),
                        remainingDays,
                        policy.maxBillDays(),
                        policy.basis(Param.MAX_BILL_DAYS),
                        currency),
                BigDecimal.valueOf(remainingDays),
                BigDecimal.valueOf(policy.maxBillDays()),
                true);
    }

    /**
     * The haircuts the valuation applied to the classes in the reserve, each with where it came from: {@code TBILL
     * 0.005000 (governed haircutTbillPct 0.5)}.
     */
    public String haircutsUsed() {
        List<String> used = new ArrayList<>();
        for (String c : byClass.keySet()) {
            AssetClass k = AssetClass.valueOf(c);
            used.add(c + " " + policy.haircuts().get(k).toPlainString() + " ("
                    + policy.basis(ReservePolicy.haircutParam(k)) + ")");
        }
        return used.isEmpty() ? "none applied" : String.join(", ", used);
    }

    private void maximum(List<Breach> breaches, String limit, String what, Amount value, BigDecimal max) {
        BigDecimal m = market.toBigDecimal();
        if (value.toBigDecimal().compareTo(max.multiply(m)) > 0) {
            BigDecimal weight = Ratios.exactish(value.toBigDecimal(), m);
            breaches.add(new Breach(
                    limit,
                    String.format(
                            java.util.Locale.ROOT,
                            "%s %s above maximum %s in the %s reserve (%s of %s)",
                            what,
                            Decimals.show(weight),
                            Decimals.show(max),
                            currency,
                            value,
                            market),
                    weight,
                    max,
                    true));
        }
    }

    /**
     * The breaches a change causes: those in {@code after} that did not exist in {@code before}, or got worse. A
     * change may leave an already broken limit as it was or improve it (so a reserve can be repaired step by
     * step), never break a limit that held or worsen one that did not.
     */
    public static List<Breach> caused(List<Breach> before, List<Breach> after) {
        TreeMap<String, Breach> old = new TreeMap<>();
        for (Breach b : before) {
            old.put(b.limit(), b);
        }
        List<Breach> caused = new ArrayList<>();
        for (Breach b : after) {
            Breach was = old.get(b.limit());
            if (was == null || b.worseThan(was)) {
                caused.add(b);
            }
        }
        return caused;
    }

    public static String describe(List<Breach> breaches) {
        return String.join("; ", breaches.stream().map(Breach::message).toList());
    }
}
