package io.bondbridge.chaincode.audit;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.chaincode.stable.Breach;
import io.bondbridge.chaincode.stable.ReserveMetrics;
import io.bondbridge.chaincode.stable.ReserveSnapshot;
import io.bondbridge.chaincode.stable.Valuation;
import io.bondbridge.chaincode.stable.ValuedAsset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read-only stress tests of a reserve. The shocks apply to market values, in this order, each rounded DOWN to the
 * reserve currency's scale; haircuts then apply as usual; then the run.
 *
 * <ol>
 *   <li><b>Yield shock</b> of {@code bp} basis points on TBILL and GOV_BOND: {@code value x (1 - D x dy)} with
 *       {@code dy = bp / 10000} and duration {@code D = remaining days / 365}. Approximation: D is the Macaulay
 *       duration of a zero-coupon bond maturing on the asset's maturity date, used as its modified duration (the
 *       {@code 1/(1+y)} factor and coupons are ignored). For a coupon bond the true duration is shorter, so the
 *       loss is overstated, never understated; convexity is ignored (for large shocks the loss is again
 *       overstated). A price never falls below zero. Computed exactly as {@code value x (3650000 - days x bp) /
 *       3650000}.
 *   <li><b>FX shock</b> {@code CUR=PCT}: assets quoted in CUR (not the reserve currency) change by PCT%; a shock
 *       of the reserve currency itself changes every foreign asset by {@code 100 / (100 + PCT)}.
 *   <li><b>Metal shock</b> PCT: GOLD and METAL_CERTIFICATE change by PCT%.
 *   <li><b>Redemption run</b> of PCT% of units outstanding (rounded UP to the currency's scale): the redeemed units
 *       are burned and paid out of the reserve, selling assets in liquidity order (CASH, FX_DEPOSIT, TBILL,
 *       GOV_BOND, GOLD, METAL_CERTIFICATE; sooner maturity first, then asset id) at their value after haircuts
 *       (the haircut is the fire-sale discount): an asset sold in part loses the market value {@code market x
 *       paid / adjusted}, rounded UP. When the reserve cannot pay the whole run, what it cannot pay stays unpaid
 *       and coverage after is what remains for the remaining units.
 * </ol>
 *
 * Breaches are the policy limits that would not hold afterwards ({@link ReserveMetrics#breaches()}).
 */
public final class StressTest {
    static final int MAX_BP = 5000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DAYS_BP = BigDecimal.valueOf(365L * 10_000L);

    private StressTest() {}

    public static StressResult run(ReserveSnapshot snapshot, StressScenario scenario) {
        StressScenario s = validated(scenario);
        String reserve = snapshot.currency();
        int scale = Currencies.scale(reserve);
        Valuation valuation = snapshot.valuation();
        ReserveMetrics before = snapshot.metrics();

        List<ValuedAsset> shocked = new ArrayList<>();
        for (ValuedAsset v : before.assets()) {
            shocked.add(v.withMarketValue(shock(v, s, reserve, scale), valuation));
        }
        ReserveMetrics afterShock = ReserveMetrics.of(reserve, snapshot.policy(), shocked, before.units());
        TreeMap<String, Amount> change = new TreeMap<>();
        for (Map.Entry<String, Amount> e : before.byClass().entrySet()) {
            change.put(e.getKey(), afterShock.byClass().get(e.getKey()).minus(e.getValue()));
        }

        Amount units = before.units();
        Amount redeemed = Amount.zero(scale);
        Amount paid = Amount.zero(scale);
        List<ValuedAsset> afterRun = shocked;
        if (s.runPct() != null && s.runPct().signum() > 0) {
            redeemed = units.times(s.runPct().divide(HUNDRED), RoundingMode.UP);
            if (units.lessThan(redeemed)) {
                redeemed = units;
            }
            afterRun = new ArrayList<>(shocked);
            Amount need = redeemed;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < afterRun.size(); i++) {
                order.add(i);
            }
            List<ValuedAsset> fixed = afterRun;
            order.sort(Comparator.comparing((Integer i) -> fixed.get(i).asset().assetClass())
                    .thenComparing(i -> fixed.get(i).remainingDays(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(i -> fixed.get(i).asset().id()));
            for (int i : order) {
                if (!need.isPositive()) {
                    break;
                }
                ValuedAsset v = afterRun.get(i);
                Amount adjusted = v.adjustedValue();
                if (!adjusted.isPositive()) {
                    continue;
                }
                if (!need.lessThan(adjusted)) {
                    need = need.minus(adjusted);
                    afterRun.set(i, v.withMarketValue(Amount.zero(scale), valuation));
                } else {
                    BigDecimal sold = v.marketValue()
                            .toBigDecimal()
                            .multiply(need.toBigDecimal())
                            .divide(adjusted.toBigDecimal(), scale, RoundingMode.UP);
                    Amount soldAmount = Amount.of(sold, scale, RoundingMode.UNNECESSARY);
                    Amount left = v.marketValue().lessThan(soldAmount)
                            ? Amount.zero(scale)
                            : v.marketValue().minus(soldAmount);
                    afterRun.set(i, v.withMarketValue(left, valuation));
                    need = Amount.zero(scale);
                }
            }
            paid = redeemed.minus(need);
        }
        ReserveMetrics after = ReserveMetrics.of(reserve, snapshot.policy(), afterRun, units.minus(redeemed));
        List<Breach> breaches = after.breaches();
        return new StressResult(
                reserve,
                snapshot.asOf(),
                s,
                before.coverage(),
                after.coverage(),
                breaches.stream().map(Breach::limit).toList(),
                breaches.stream().map(Breach::message).toList(),
                before.breaches().stream().map(Breach::limit).toList(),
                before.units(),
                after.units(),
                before.market(),
                after.market(),
                before.adjusted(),
                after.adjusted(),
                change,
                paid);
    }

    /** The market value of one asset after the price shocks. */
    static Amount shock(ValuedAsset v, StressScenario s, String reserve, int scale) {
        BigDecimal m = v.marketValue().toBigDecimal();
        var assetClass = v.asset().assetClass();
        if (s.yieldShockBp() != null
                && s.yieldShockBp() != 0
                && assetClass.rateSensitive()
                && v.remainingDays() != null) {
            long days = Math.max(0, v.remainingDays());
            BigDecimal factor = DAYS_BP.subtract(BigDecimal.valueOf(days * s.yieldShockBp()));
            if (factor.signum() < 0) {
                factor = BigDecimal.ZERO;
            }
            m = m.multiply(factor).divide(DAYS_BP, scale, RoundingMode.DOWN);
        }
        String currency = v.asset().currency();
        if (s.fxShocks() != null && !currency.equals(reserve)) {
            BigDecimal pct = s.fxShocks().get(currency);
            if (pct != null) {
                m = m.multiply(HUNDRED.add(pct)).divide(HUNDRED, scale, RoundingMode.DOWN);
            }
            BigDecimal own = s.fxShocks().get(reserve);
            if (own != null) {
                m = m.multiply(HUNDRED).divide(HUNDRED.add(own), scale, RoundingMode.DOWN);
            }
        }
        if (s.metalShockPct() != null && assetClass.metal()) {
            m = m.multiply(HUNDRED.add(s.metalShockPct())).divide(HUNDRED, scale, RoundingMode.DOWN);
        }
        return Amount.of(m, scale, RoundingMode.DOWN);
    }

    static StressScenario validated(StressScenario scenario) {
        if (scenario == null) {
            return new StressScenario(null, null, null, null);
        }
        if (scenario.yieldShockBp() != null && Math.abs(scenario.yieldShockBp()) > MAX_BP) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "yield shock %d bp is outside -%d..%d",
                    scenario.yieldShockBp(),
                    MAX_BP,
                    MAX_BP);
        }
        TreeMap<String, BigDecimal> fx = new TreeMap<>();
        if (scenario.fxShocks() != null) {
            for (Map.Entry<String, BigDecimal> e : scenario.fxShocks().entrySet()) {
                Currencies.require(e.getKey());
                fx.put(e.getKey(), pct(e.getValue(), "FX shock of " + e.getKey(), null));
            }
        }
        BigDecimal metal = scenario.metalShockPct() == null ? null : pct(scenario.metalShockPct(), "metal shock", null);
        BigDecimal run = scenario.runPct() == null ? null : pct(scenario.runPct(), "redemption run", HUNDRED);
        if (run != null && run.signum() < 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "redemption run %s%% is negative", run.toPlainString());
        }
        return new StressScenario(scenario.yieldShockBp(), fx.isEmpty() ? null : fx, metal, run);
    }

    /** A percentage above -100 (at most {@code max} when given), at most 4 places. */
    private static BigDecimal pct(BigDecimal value, String what, BigDecimal max) {
        if (value == null) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s has no value", what);
        }
        if (value.compareTo(HUNDRED.negate()) <= 0 || (max != null && value.compareTo(max) > 0)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s%% is outside (-100, %s]",
                    what,
                    value.toPlainString(),
                    max == null ? "..." : max.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s%% has more than 4 decimal places", what, value.toPlainString());
        }
        return value;
    }
}
