package io.bondbridge.api.stable;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Param;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The reserve policy of one stable currency, set by its issuer; stored under {@code stable.policy (currency)}.
 * It also binds the unit to its issuer: only {@code issuer} mints the currency and changes this policy (a stable
 * unit is (currency, issuer), and a currency has one issuer on this ledger).
 *
 * <p>All ratios are at {@link Decimals#RATIO_SCALE} places (0.900000 = 90%).
 *
 * <p><b>Defaults</b> ({@link #defaults}), until the issuer sets its own: minimum coverage 1.000000 (100%)
 * after haircuts; every class eligible; haircuts {@link #DEFAULT_HAIRCUTS}: CASH 0%, FX_DEPOSIT 1%, TBILL 0.5%,
 * GOV_BOND 2%, GOLD 10%, METAL_CERTIFICATE 15%; no concentration limit (max weight 100% per class, custodian and
 * issuer); at least 90% of the reserve outside cash and deposits in Treasuries (TBILL, GOV_BOND) maturing within one year; bills at
 * most 93 days. The short-share minimum, the bill days and the haircuts are governed parameters ({@link Param}):
 * the chaincode builds a policy with {@link #governedDefaults} from the values in force, and these constants are
 * only the parameters' defaults as ratios.
 *
 * <p><b>The short-share rule</b> counts what the papers count ("at least 90% of reserves in Treasuries of one year
 * or less"): the market value of the {@code shortShareClasses} (default TBILL and GOV_BOND) maturing within one year,
 * over the market value of every class not in {@code shortShareExempt} (default CASH and FX_DEPOSIT: money on
 * demand, which the rule does not measure; a reserve of cash alone meets it). A jurisdiction that requires all of it sets
 * {@code minShortShare} 1; one that measures the whole reserve sets {@code shortShareExempt} empty.
 *
 * @param currency the stable currency
 * @param issuer MSP ID of the issuer of the unit
 * @param minCoverage reserve value after haircuts must be at least this times the units outstanding
 * @param eligibleClasses classes that may be recorded in the reserve; others are rejected and, when already
 *     recorded before a policy change, count zero toward coverage
 * @param haircuts per class, the share of market value not counted toward coverage (0.020000 = 2%)
 * @param maxClassWeight per class, the maximum share of the reserve's market value
 * @param maxCustodianWeight the maximum share of market value held by any one custodian
 * @param maxIssuerWeight the maximum share of market value that is the obligation of any one issuer
 * @param minShortShare the minimum short share (see above), 0 to 1
 * @param shortShareClasses the classes whose value maturing within one year counts toward the short share
 * @param shortShareExempt the classes left out of the short share's base (neither counted nor measured)
 * @param maxBillDays the longest remaining maturity of a TBILL, in days
 * @param setBy MSP ID that set this version (null for the built-in defaults)
 * @param setAt timestamp of that transaction (null for the built-in defaults)
 * @param governed the governed parameters ({@link Param}) this policy took its values from, by name, as percentages
 *     or days ({@code minShortSharePct 90}, {@code haircutTbillPct 0.5}, {@code maxBillDays 93}): the values in force
 *     when the policy was last set, for each field its issuer did not set explicitly; null for a policy stored
 *     before parameters were governed, or whose issuer set every one
 */
public record ReservePolicy(
        String currency,
        String issuer,
        BigDecimal minCoverage,
        List<AssetClass> eligibleClasses,
        SortedMap<AssetClass, BigDecimal> haircuts,
        SortedMap<AssetClass, BigDecimal> maxClassWeight,
        BigDecimal maxCustodianWeight,
        BigDecimal maxIssuerWeight,
        BigDecimal minShortShare,
        int maxBillDays,
        String setBy,
        Instant setAt,
        List<AssetClass> shortShareClasses,
        List<AssetClass> shortShareExempt,
        SortedMap<String, BigDecimal> governed) {

    public static final BigDecimal DEFAULT_MIN_COVERAGE = new BigDecimal("1.000000");
    public static final BigDecimal DEFAULT_MIN_SHORT_SHARE = new BigDecimal("0.900000");
    public static final int DEFAULT_MAX_BILL_DAYS = 93;
    /** Treasuries: what the short-share rule counts unless the policy names other classes. */
    public static final List<AssetClass> DEFAULT_SHORT_SHARE_CLASSES = List.of(AssetClass.TBILL, AssetClass.GOV_BOND);
    /** Money on demand (cash and deposits), outside the short-share rule unless the policy says otherwise. */
    public static final List<AssetClass> DEFAULT_SHORT_SHARE_EXEMPT = List.of(AssetClass.CASH, AssetClass.FX_DEPOSIT);
    /** Default haircut per class: the share of market value that does not count toward coverage. */
    public static final Map<AssetClass, BigDecimal> DEFAULT_HAIRCUTS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            AssetClass.CASH, new BigDecimal("0.000000"),
            AssetClass.FX_DEPOSIT, new BigDecimal("0.010000"),
            AssetClass.TBILL, new BigDecimal("0.005000"),
            AssetClass.GOV_BOND, new BigDecimal("0.020000"),
            AssetClass.GOLD, new BigDecimal("0.100000"),
            AssetClass.METAL_CERTIFICATE, new BigDecimal("0.150000"))));

    static final BigDecimal ONE = new BigDecimal("1.000000");
    static final BigDecimal ZERO = new BigDecimal("0.000000");
    /** Upper bound of a minimum coverage (1000%), a guard against a typo in percent vs ratio. */
    static final BigDecimal MAX_MIN_COVERAGE = new BigDecimal("10");

    static final int MAX_BILL_DAYS_LIMIT = 3660;

    public ReservePolicy {
        Currencies.require(currency);
        minCoverage = Decimals.ratio(minCoverage, "minimum coverage", BigDecimal.ZERO, MAX_MIN_COVERAGE);
        eligibleClasses = Objects.requireNonNullElse(eligibleClasses, List.<AssetClass>of()).stream()
                .distinct()
                .sorted()
                .toList();
        haircuts = complete(haircuts, DEFAULT_HAIRCUTS, "haircut");
        maxClassWeight = complete(maxClassWeight, Map.of(), "maximum weight");
        maxCustodianWeight = Decimals.ratio(
                Objects.requireNonNullElse(maxCustodianWeight, ONE),
                "maximum custodian weight",
                BigDecimal.ZERO,
                BigDecimal.ONE);
        maxIssuerWeight = Decimals.ratio(
                Objects.requireNonNullElse(maxIssuerWeight, ONE),
                "maximum issuer weight",
                BigDecimal.ZERO,
                BigDecimal.ONE);
        minShortShare = Decimals.ratio(
                Objects.requireNonNullElse(minShortShare, DEFAULT_MIN_SHORT_SHARE),
                "minimum share maturing within one year",
                BigDecimal.ZERO,
                BigDecimal.ONE);
        // null (a policy stored before the rule named its classes, or none given): the defaults
        shortShareClasses = classes(shortShareClasses, DEFAULT_SHORT_SHARE_CLASSES);
        shortShareExempt = classes(shortShareExempt, DEFAULT_SHORT_SHARE_EXEMPT);
        if (shortShareClasses.stream().anyMatch(shortShareExempt::contains)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "short-share classes %s and exempt classes %s overlap",
                    shortShareClasses,
                    shortShareExempt);
        }
        // none: null, so a policy stored before parameters were governed keeps its JSON form byte for byte
        governed = governed == null || governed.isEmpty()
                ? null
                : Collections.unmodifiableSortedMap(new TreeMap<>(governed));
        if (maxBillDays < 1 || maxBillDays > MAX_BILL_DAYS_LIMIT) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "maximum bill days %d is outside 1..%d",
                    maxBillDays,
                    MAX_BILL_DAYS_LIMIT);
        }
    }

    /** A policy that took no governed parameter. */
    public ReservePolicy(
            String currency,
            String issuer,
            BigDecimal minCoverage,
            List<AssetClass> eligibleClasses,
            SortedMap<AssetClass, BigDecimal> haircuts,
            SortedMap<AssetClass, BigDecimal> maxClassWeight,
            BigDecimal maxCustodianWeight,
            BigDecimal maxIssuerWeight,
            BigDecimal minShortShare,
            int maxBillDays,
            String setBy,
            Instant setAt,
            List<AssetClass> shortShareClasses,
            List<AssetClass> shortShareExempt) {
        this(
                currency,
                issuer,
                minCoverage,
                eligibleClasses,
                haircuts,
                maxClassWeight,
                maxCustodianWeight,
                maxIssuerWeight,
                minShortShare,
                maxBillDays,
                setBy,
                setAt,
                shortShareClasses,
                shortShareExempt,
                null);
    }

    private static List<AssetClass> classes(List<AssetClass> given, List<AssetClass> defaults) {
        return (given == null ? defaults : given).stream().distinct().sorted().toList();
    }

    /** Every class with a ratio: the given one, else the default, else 100%. */
    private static SortedMap<AssetClass, BigDecimal> complete(
            Map<AssetClass, BigDecimal> given, Map<AssetClass, BigDecimal> defaults, String what) {
        TreeMap<AssetClass, BigDecimal> all = new TreeMap<>();
        for (AssetClass c : AssetClass.values()) {
            BigDecimal v = given == null ? null : given.get(c);
            if (v == null) {
                v = defaults.getOrDefault(c, ONE);
            }
            all.put(c, Decimals.ratio(v, what + " of " + c, BigDecimal.ZERO, BigDecimal.ONE));
        }
        return Collections.unmodifiableSortedMap(all);
    }

    /** The built-in policy of a currency whose issuer has not set one. */
    public static ReservePolicy defaults(String currency, String issuer) {
        return new ReservePolicy(
                currency,
                issuer,
                DEFAULT_MIN_COVERAGE,
                List.of(AssetClass.values()),
                null,
                null,
                null,
                null,
                null,
                DEFAULT_MAX_BILL_DAYS,
                null,
                null,
                null,
                null);
    }

    /** The governed parameter that gives the default haircut of {@code c}. */
    public static Param haircutParam(AssetClass c) {
        return switch (c) {
            case CASH -> Param.HAIRCUT_CASH_PCT;
            case FX_DEPOSIT -> Param.HAIRCUT_FX_DEPOSIT_PCT;
            case TBILL -> Param.HAIRCUT_TBILL_PCT;
            case GOV_BOND -> Param.HAIRCUT_GOV_BOND_PCT;
            case GOLD -> Param.HAIRCUT_GOLD_PCT;
            case METAL_CERTIFICATE -> Param.HAIRCUT_METAL_PCT;
        };
    }

    /** The governed parameters a reserve policy takes: the short-share minimum, the bill days, the haircuts. */
    public static List<Param> governedParams() {
        List<Param> all = new java.util.ArrayList<>(List.of(Param.MIN_SHORT_SHARE_PCT, Param.MAX_BILL_DAYS));
        for (AssetClass c : AssetClass.values()) {
            all.add(haircutParam(c));
        }
        return List.copyOf(all);
    }

    /**
     * The policy of a currency whose issuer has not set one: {@link #defaults}, with the short-share minimum, bill
     * days and haircuts the governed parameters in force give ({@code values}), each recorded in {@link #governed}.
     */
    public static ReservePolicy governedDefaults(String currency, String issuer, Function<Param, BigDecimal> values) {
        TreeMap<String, BigDecimal> all = new TreeMap<>();
        for (Param p : governedParams()) {
            all.put(p.key(), values.apply(p));
        }
        return defaults(currency, issuer).withGoverned(all);
    }

    /**
     * This policy with each field it took from a governed parameter ({@link #governed}) set again from {@code
     * values}, the parameters in force now; the fields its issuer set keep their values.
     */
    public ReservePolicy refreshGoverned(Function<Param, BigDecimal> values) {
        TreeMap<String, BigDecimal> now = new TreeMap<>();
        if (governed == null) {
            return this;
        }
        for (String key : governed.keySet()) {
            Param p = Param.find(key);
            if (p != null) {
                now.put(key, values.apply(p));
            }
        }
        return withGoverned(now);
    }

    /** This policy with the fields named in {@code values} (parameter name to percentage or days) set from them. */
    private ReservePolicy withGoverned(SortedMap<String, BigDecimal> values) {
        BigDecimal shortShare = minShortShare;
        int billDays = maxBillDays;
        TreeMap<AssetClass, BigDecimal> h = new TreeMap<>(haircuts);
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            Param p = Param.find(e.getKey());
            if (p == Param.MIN_SHORT_SHARE_PCT) {
                shortShare = ratio(e.getValue());
            } else if (p == Param.MAX_BILL_DAYS) {
                billDays = e.getValue().intValueExact();
            } else {
                for (AssetClass c : AssetClass.values()) {
                    if (haircutParam(c) == p) {
                        h.put(c, ratio(e.getValue()));
                    }
                }
            }
        }
        return new ReservePolicy(
                currency,
                issuer,
                minCoverage,
                eligibleClasses,
                h,
                maxClassWeight,
                maxCustodianWeight,
                maxIssuerWeight,
                shortShare,
                billDays,
                setBy,
                setAt,
                shortShareClasses,
                shortShareExempt,
                values);
    }

    /** A percentage as a policy ratio (0.5 -> 0.005000); parameters that become ratios have at most 4 places. */
    static BigDecimal ratio(BigDecimal pct) {
        return pct.movePointLeft(2).setScale(Decimals.RATIO_SCALE, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Where a policy value came from, for a check's message: {@code "governed minShortSharePct 90"} when the policy
     * took it from the parameter, else {@code "the policy's own value"}.
     */
    public String basis(Param p) {
        BigDecimal v = governed == null ? null : governed.get(p.key());
        return v == null ? "the policy's own value" : "governed " + p.key() + " " + v.toPlainString();
    }

    /** The class counts toward the short share when it matures within a year. */
    public boolean countsShort(AssetClass c) {
        return shortShareClasses.contains(c);
    }

    /** The class is part of the short share's base. */
    public boolean measuredForShortShare(AssetClass c) {
        return !shortShareExempt.contains(c);
    }

    public boolean eligible(AssetClass c) {
        return eligibleClasses.contains(c);
    }

    /** This policy with the fields {@code change} gives replaced, set by {@code by} at {@code at}. */
    public ReservePolicy apply(PolicyChange change, String newIssuer, String by, Instant at) {
        TreeMap<AssetClass, BigDecimal> h = new TreeMap<>(haircuts);
        if (change.haircuts() != null) {
            h.putAll(change.haircuts());
        }
        TreeMap<String, BigDecimal> g = governed == null ? new TreeMap<>() : new TreeMap<>(governed);
        if (change.minShortShare() != null) {
            g.remove(Param.MIN_SHORT_SHARE_PCT.key());
        }
        if (change.maxBillDays() != null) {
            g.remove(Param.MAX_BILL_DAYS.key());
        }
        if (change.haircuts() != null) {
            change.haircuts().keySet().forEach(c -> g.remove(haircutParam(c).key()));
        }
        TreeMap<AssetClass, BigDecimal> w = new TreeMap<>(maxClassWeight);
        if (change.maxClassWeight() != null) {
            w.putAll(change.maxClassWeight());
        }
        return new ReservePolicy(
                currency,
                newIssuer,
                change.minCoverage() == null ? minCoverage : change.minCoverage(),
                change.eligibleClasses() == null ? eligibleClasses : change.eligibleClasses(),
                h,
                w,
                change.maxCustodianWeight() == null ? maxCustodianWeight : change.maxCustodianWeight(),
                change.maxIssuerWeight() == null ? maxIssuerWeight : change.maxIssuerWeight(),
                change.minShortShare() == null ? minShortShare : change.minShortShare(),
                change.maxBillDays() == null ? maxBillDays : change.maxBillDays(),
                by,
                at,
                change.shortShareClasses() == null ? shortShareClasses : change.shortShareClasses(),
                change.shortShareExempt() == null ? shortShareExempt : change.shortShareExempt(),
                g);
    }

    /**
     * A change to a reserve policy: null fields keep their current value; map entries replace only the classes
     * they name. Ratios, not percentages (0.02 = 2%).
     */
    public record PolicyChange(
            BigDecimal minCoverage,
            List<AssetClass> eligibleClasses,
            Map<AssetClass, BigDecimal> haircuts,
            Map<AssetClass, BigDecimal> maxClassWeight,
            BigDecimal maxCustodianWeight,
            BigDecimal maxIssuerWeight,
            BigDecimal minShortShare,
            Integer maxBillDays,
            List<AssetClass> shortShareClasses,
            List<AssetClass> shortShareExempt) {
        public static final PolicyChange NONE = new PolicyChange(null, null, null, null, null, null, null, null);

        /** A change that leaves the short-share classes as they are. */
        public PolicyChange(
                BigDecimal minCoverage,
                List<AssetClass> eligibleClasses,
                Map<AssetClass, BigDecimal> haircuts,
                Map<AssetClass, BigDecimal> maxClassWeight,
                BigDecimal maxCustodianWeight,
                BigDecimal maxIssuerWeight,
                BigDecimal minShortShare,
                Integer maxBillDays) {
            this(
                    minCoverage,
                    eligibleClasses,
                    haircuts,
                    maxClassWeight,
                    maxCustodianWeight,
                    maxIssuerWeight,
                    minShortShare,
                    maxBillDays,
                    null,
                    null);
        }

        public boolean empty() {
            return equals(NONE);
        }

        /**
         * Rejects names that are no asset class (the codec reads them as null). Checked by the rules, not in a
         * constructor: an exception thrown while the codec builds a record would lose its code.
         */
        public PolicyChange validated() {
            if (eligibleClasses != null && eligibleClasses.contains(null)) {
                throw unknownClass("eligible classes");
            }
            if (shortShareClasses != null && shortShareClasses.contains(null)) {
                throw unknownClass("short-share classes");
            }
            if (shortShareExempt != null && shortShareExempt.contains(null)) {
                throw unknownClass("short-share exempt classes");
            }
            for (Map<AssetClass, BigDecimal> m : java.util.Arrays.asList(haircuts, maxClassWeight)) {
                if (m != null && (m.containsKey(null) || m.containsValue(null))) {
                    throw unknownClass(m == haircuts ? "haircuts" : "maximum class weights");
                }
            }
            return this;
        }

        private static LedgerException unknownClass(String where) {
            return LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s name an unknown asset class or have no value (classes: %s)",
                    where,
                    java.util.Arrays.toString(AssetClass.values()));
        }
    }
}
