package io.bondbridge.chaincode.bond;

import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The trade-balance indexed coupon as a pure function of the posted months, so the chaincode,
 * `bond rates` and an auditor all compute the same path.
 *
 * <ul>
 *   <li>surplus ratio of a month = (exports - imports) / GDP, 8 places HALF_EVEN ({@link #ratio});
 *   <li>long anchor: the average of the last 6 months' ratios (8 places HALF_EVEN); no decision before 6 months;
 *   <li>band [2%, 4%], bounds inside the band; a month is ABOVE, BELOW or IN the band;
 *   <li>trigger: the second consecutive month on the same side steps the rate 25 bp (up above, down below), held
 *       within [floor, cap]; then the count restarts, so a further step needs two more months outside. A month
 *       in the band, or on the other side, restarts the count too;
 *   <li>exit: the first month with a high-tech share of exports of 40% or more ends indexation; the rate stays
 *       at its last value and later months change nothing;
 *   <li>signal: the 3-month moving average crossing above the 6-month one at the last month means EXPORT (a
 *       low-coupon export bond next), crossing below means IMPORT, else none.
 * </ul>
 */
public final class RateIndex {
    public static final int RATIO_SCALE = 8;
    public static final BigDecimal BAND_LOW = new BigDecimal("0.02");
    public static final BigDecimal BAND_HIGH = new BigDecimal("0.04");
    /** 25 bp, in percent. */
    public static final BigDecimal STEP = new BigDecimal("0.25");
    /** High-tech share of exports (percent) at which indexation stops. */
    public static final BigDecimal EXIT_SHARE = new BigDecimal("40");

    private RateIndex() {}

    public enum Side {
        BELOW,
        IN,
        ABOVE
    }

    /** One posted month: its id ({@code YYYY-MM}), surplus ratio and high-tech share (percent, or null). */
    public record Point(String month, BigDecimal ratio, BigDecimal hightechShare) {
        public Point {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(ratio, "ratio");
        }
    }

    /** The index's decision at one month. */
    public record Decision(
            String month,
            BigDecimal average6,
            Side side,
            int streak,
            BigDecimal previousRate,
            BigDecimal rate,
            RateReset.Rule rule,
            String reason,
            List<String> window,
            List<BigDecimal> ratios,
            BigDecimal hightechShare) {}

    public static BigDecimal ratio(BigDecimal exports, BigDecimal imports, BigDecimal gdp) {
        return exports.subtract(imports).divide(gdp, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * The decisions for every month from {@code fromMonth} on (months before it only feed the averages).
     *
     * @param points every posted month, consecutive, oldest first
     * @param fromMonth the first month the series is indexed on ({@code YYYY-MM}, e.g. its issue month)
     * @param initialRate percent
     * @param floor percent
     * @param cap percent
     */
    public static List<Decision> path(
            List<Point> points, String fromMonth, BigDecimal initialRate, BigDecimal floor, BigDecimal cap) {
        List<Decision> decisions = new ArrayList<>();
        BigDecimal rate = initialRate;
        Side lastSide = Side.IN;
        int streak = 0;
        boolean exited = false;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.month().compareTo(fromMonth) < 0) {
                continue;
            }
            List<Point> window = i >= 5 ? points.subList(i - 5, i + 1) : List.of();
            BigDecimal avg6 = window.isEmpty() ? null : average(window);
            BigDecimal before = rate;
            RateReset.Rule rule = RateReset.Rule.NONE;
            Side side = avg6 == null ? Side.IN : side(avg6);
            String reason;
            if (exited) {
                reason = "indexation ended earlier: rate fixed";
            } else if (p.hightechShare() != null && p.hightechShare().compareTo(EXIT_SHARE) >= 0) {
                exited = true;
                rule = RateReset.Rule.EXIT;
                reason = String.format(
                        Locale.ROOT,
                        "high-tech share %s%% >= %s%%: indexation stops, rate fixed at %s%%",
                        p.hightechShare().toPlainString(),
                        EXIT_SHARE,
                        rate.toPlainString());
            } else if (avg6 == null) {
                reason = "fewer than 6 months of data";
            } else if (side == Side.IN) {
                streak = 0;
                reason = "6m average " + pct(avg6) + " within band 2%-4%";
            } else {
                streak = side == lastSide ? streak + 1 : 1;
                String where = String.format(
                        Locale.ROOT,
                        "6m average %s %s band 2%%-4%% for %d consecutive month(s)",
                        pct(avg6),
                        side == Side.ABOVE ? "above" : "below",
                        streak);
                if (streak < 2) {
                    reason = where + ": no change until the second";
                } else {
                    streak = 0;
                    BigDecimal target = side == Side.ABOVE ? rate.add(STEP) : rate.subtract(STEP);
                    BigDecimal bounded = target.max(floor).min(cap);
                    if (bounded.compareTo(rate) == 0) {
                        rule = side == Side.ABOVE ? RateReset.Rule.HELD_AT_CAP : RateReset.Rule.HELD_AT_FLOOR;
                        reason = where + ": step " + (side == Side.ABOVE ? "up" : "down") + " held at "
                                + (side == Side.ABOVE ? "cap " + cap.toPlainString() : "floor " + floor.toPlainString())
                                + "%";
                    } else {
                        rule = side == Side.ABOVE ? RateReset.Rule.STEP_UP : RateReset.Rule.STEP_DOWN;
                        reason = where + ": " + (side == Side.ABOVE ? "+" : "-") + "25 bp to " + bounded.toPlainString()
                                + "%";
                    }
                    rate = bounded;
                }
            }
            if (avg6 != null) {
                lastSide = side;
            }
            decisions.add(new Decision(
                    p.month(),
                    avg6,
                    side,
                    streak,
                    before,
                    rate,
                    rule,
                    reason,
                    window.stream().map(Point::month).toList(),
                    window.stream().map(Point::ratio).toList(),
                    p.hightechShare()));
        }
        return decisions;
    }

    /** The crossover signal at the last month: needs 7 months (both averages now and a month earlier). */
    public static SeriesRates.Signal signal(List<Point> points) {
        int n = points.size();
        if (n < 7) {
            return null;
        }
        BigDecimal now = average(points.subList(n - 3, n)).subtract(average(points.subList(n - 6, n)));
        BigDecimal before = average(points.subList(n - 4, n - 1)).subtract(average(points.subList(n - 7, n - 1)));
        if (before.signum() <= 0 && now.signum() > 0) {
            return SeriesRates.Signal.EXPORT;
        }
        if (before.signum() >= 0 && now.signum() < 0) {
            return SeriesRates.Signal.IMPORT;
        }
        return null;
    }

    /** Mean of the points' ratios, 8 places HALF_EVEN. */
    public static BigDecimal average(List<Point> points) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Point p : points) {
            sum = sum.add(p.ratio());
        }
        return sum.divide(BigDecimal.valueOf(points.size()), RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    static Side side(BigDecimal average6) {
        if (average6.compareTo(BAND_HIGH) > 0) {
            return Side.ABOVE;
        }
        return average6.compareTo(BAND_LOW) < 0 ? Side.BELOW : Side.IN;
    }

    private static String pct(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
