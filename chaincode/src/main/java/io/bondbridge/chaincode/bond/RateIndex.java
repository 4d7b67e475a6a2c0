package io.bondbridge.chaincode.bond;

import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.governance.Param;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The trade-balance indexed coupon of export bonds as a pure function of the posted months and the governed
 * {@link Rules}, so the chaincode, `bond rates` and an auditor all compute the same path.
 *
 * <ul>
 *   <li>surplus ratio of a month = (exports - imports) / GDP, 8 places HALF_EVEN ({@link #ratio});
 *   <li>long anchor: the average of the last 6 months' ratios (8 places HALF_EVEN); no decision before 6 months;
 *   <li>band [bandLowPct, bandHighPct] of GDP (default 2%-4%), bounds inside the band; a month is ABOVE, BELOW or IN;
 *   <li>trigger: the triggerMonths-th (default 2nd) consecutive month on the same side steps the rate stepBp
 *       (default 25 bp; up above, down below), held within [floor, cap]; then the count restarts. A month in the
 *       band, or on the other side, restarts the count too;
 *   <li>gradual exit: once the high-tech share of exports is above exitSharePct (default 40%) for triggerMonths
 *       consecutive months, the coupon converges to the market reference rate (marketRatePct, fixed when the exit
 *       starts) in exitSteps monthly steps: step k of n sets from + (market - from) x k / n (4 places HALF_EVEN);
 *       after the last step the rate is fixed and later months change nothing;
 *   <li>signal: the 3-month moving average crossing above the 6-month one at the last month means EXPORT (a
 *       low-coupon export bond next), crossing below means IMPORT, else none.
 * </ul>
 *
 * <p>The path can start from a stored {@link State} (the series' state after the previous month), so a parameter
 * change applies from the next posted month on and never rewrites a decision already stored.
 */
public final class RateIndex {
    public static final int RATIO_SCALE = 8;
    public static final int RATE_SCALE = 4;

    private RateIndex() {}

    public enum Side {
        BELOW,
        IN,
        ABOVE
    }

    /** The governed values the index uses (see {@link Param}); {@link #defaults()} are those of a fresh ledger. */
    public record Rules(
            BigDecimal bandLowPct,
            BigDecimal bandHighPct,
            int triggerMonths,
            int stepBp,
            BigDecimal exitSharePct,
            int exitSteps,
            BigDecimal marketRatePct) {
        public static Rules defaults() {
            return new Rules(
                    Param.BAND_LOW_PCT.defaultValue(),
                    Param.BAND_HIGH_PCT.defaultValue(),
                    Param.TRIGGER_MONTHS.defaultValue().intValueExact(),
                    Param.STEP_BP.defaultValue().intValueExact(),
                    Param.EXIT_SHARE_PCT.defaultValue(),
                    Param.EXIT_STEPS.defaultValue().intValueExact(),
                    Param.MARKET_RATE_PCT.defaultValue());
        }

        /** The values by parameter name, as a reset cites them. */
        public Map<String, BigDecimal> cite() {
            Map<String, BigDecimal> m = new TreeMap<>();
            m.put(Param.BAND_LOW_PCT.key(), bandLowPct);
            m.put(Param.BAND_HIGH_PCT.key(), bandHighPct);
            m.put(Param.TRIGGER_MONTHS.key(), BigDecimal.valueOf(triggerMonths));
            m.put(Param.STEP_BP.key(), BigDecimal.valueOf(stepBp));
            m.put(Param.EXIT_SHARE_PCT.key(), exitSharePct);
            m.put(Param.EXIT_STEPS.key(), BigDecimal.valueOf(exitSteps));
            m.put(Param.MARKET_RATE_PCT.key(), marketRatePct);
            return m;
        }

        BigDecimal step() {
            return BigDecimal.valueOf(stepBp).movePointLeft(2);
        }

        String band() {
            return bandLowPct.toPlainString() + "%-" + bandHighPct.toPlainString() + "%";
        }
    }

    /**
     * A series' index state after {@code month}: stored under {@code bond.indexstate (series)} so the next month
     * continues from it.
     *
     * @param month the last month decided
     * @param rate the rate in force (percent)
     * @param lastSide the side of the band of the last month with a 6-month average
     * @param streak consecutive months on that side not yet acted on
     * @param exitStreak consecutive months with the high-tech share above the exit share
     * @param exitStep exit steps taken (0: not exiting)
     * @param exitFrom the rate when the exit started
     * @param exitTarget the market rate the exit converges to
     * @param exited indexation has ended: the rate is fixed
     */
    public record State(
            String month,
            BigDecimal rate,
            Side lastSide,
            int streak,
            int exitStreak,
            int exitStep,
            BigDecimal exitFrom,
            BigDecimal exitTarget,
            boolean exited) {
        public static State start(BigDecimal rate) {
            return new State(null, rate, Side.IN, 0, 0, 0, null, null, false);
        }
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
            BigDecimal hightechShare,
            Map<String, BigDecimal> parameters) {}

    /** The decisions, and the state after the last. */
    public record Path(List<Decision> decisions, State end) {}

    public static BigDecimal ratio(BigDecimal exports, BigDecimal imports, BigDecimal gdp) {
        return exports.subtract(imports).divide(gdp, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@link #path(List, String, State, BigDecimal, BigDecimal, Rules)} from the initial rate, default rules. */
    public static List<Decision> path(
            List<Point> points, String fromMonth, BigDecimal initialRate, BigDecimal floor, BigDecimal cap) {
        return path(points, fromMonth, State.start(initialRate), floor, cap, Rules.defaults())
                .decisions();
    }

    /**
     * The decisions for every month from {@code fromMonth} on (months before it only feed the averages).
     *
     * @param points every posted month, consecutive, oldest first
     * @param fromMonth the first month to decide ({@code YYYY-MM}): the issue month, or the month after the state's
     * @param start the state before {@code fromMonth}
     * @param floor percent
     * @param cap percent
     */
    public static Path path(
            List<Point> points, String fromMonth, State start, BigDecimal floor, BigDecimal cap, Rules rules) {
        List<Decision> decisions = new ArrayList<>();
        State s = start;
        Map<String, BigDecimal> cited = rules.cite();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.month().compareTo(fromMonth) < 0) {
                continue;
            }
            List<Point> window = i >= 5 ? points.subList(i - 5, i + 1) : List.of();
            BigDecimal avg6 = window.isEmpty() ? null : average(window);
            Side side = avg6 == null ? Side.IN : side(avg6, rules);
            Step step = decide(s, p, avg6, side, floor, cap, rules);
            s = step.state();
            decisions.add(new Decision(
                    p.month(),
                    avg6,
                    side,
                    s.streak(),
                    step.before(),
                    s.rate(),
                    step.rule(),
                    step.reason(),
                    window.stream().map(Point::month).toList(),
                    window.stream().map(Point::ratio).toList(),
                    p.hightechShare(),
                    cited));
        }
        return new Path(decisions, s);
    }

    private record Step(State state, BigDecimal before, RateReset.Rule rule, String reason) {}

    private static Step decide(
            State s, Point p, BigDecimal avg6, Side side, BigDecimal floor, BigDecimal cap, Rules rules) {
        BigDecimal rate = s.rate();
        String month = p.month();
        if (s.exited()) {
            return new Step(withMonth(s, month), rate, RateReset.Rule.NONE, "indexation ended earlier: rate fixed");
        }
        Side lastSide = avg6 == null ? s.lastSide() : side;
        if (s.exitStep() > 0) {
            return exitStep(s, month, s.exitStep() + 1, s.exitFrom(), s.exitTarget(), s.exitStreak(), rules);
        }
        boolean above = p.hightechShare() != null && p.hightechShare().compareTo(rules.exitSharePct()) > 0;
        int exitStreak = above ? s.exitStreak() + 1 : 0;
        if (exitStreak >= rules.triggerMonths()) {
            return exitStep(s, month, 1, rate, rules.marketRatePct(), exitStreak, rules);
        }
        if (avg6 == null) {
            State next = new State(month, rate, lastSide, s.streak(), exitStreak, 0, null, null, false);
            return new Step(next, rate, RateReset.Rule.NONE, "fewer than 6 months of data");
        }
        if (side == Side.IN) {
            State next = new State(month, rate, side, 0, exitStreak, 0, null, null, false);
            return new Step(
                    next, rate, RateReset.Rule.NONE, "6m average " + pct(avg6) + " within band " + rules.band());
        }
        int streak = side == s.lastSide() ? s.streak() + 1 : 1;
        String where = String.format(
                Locale.ROOT,
                "6m average %s %s band %s for %d consecutive month(s)",
                pct(avg6),
                side == Side.ABOVE ? "above" : "below",
                rules.band(),
                streak);
        if (streak < rules.triggerMonths()) {
            State next = new State(month, rate, side, streak, exitStreak, 0, null, null, false);
            return new Step(
                    next, rate, RateReset.Rule.NONE, where + ": no change until month " + rules.triggerMonths());
        }
        BigDecimal target = side == Side.ABOVE ? rate.add(rules.step()) : rate.subtract(rules.step());
        BigDecimal bounded = target.max(floor).min(cap);
        RateReset.Rule rule;
        String reason;
        if (bounded.compareTo(rate) == 0) {
            rule = side == Side.ABOVE ? RateReset.Rule.HELD_AT_CAP : RateReset.Rule.HELD_AT_FLOOR;
            reason = where + ": step " + (side == Side.ABOVE ? "up" : "down") + " held at "
                    + (side == Side.ABOVE ? "cap " + cap.toPlainString() : "floor " + floor.toPlainString()) + "%";
        } else {
            rule = side == Side.ABOVE ? RateReset.Rule.STEP_UP : RateReset.Rule.STEP_DOWN;
            reason = where + ": " + (side == Side.ABOVE ? "+" : "-") + rules.stepBp() + " bp to "
                    + bounded.toPlainString() + "%";
        }
        State next = new State(month, bounded, side, 0, exitStreak, 0, null, null, false);
        return new Step(next, rate, rule, reason);
    }

    /** Step {@code k} of the exit from {@code from} to {@code target}: a share k / n of the way. */
    private static Step exitStep(
            State s, String month, int k, BigDecimal from, BigDecimal target, int exitStreak, Rules rules) {
        int n = rules.exitSteps();
        boolean last = k >= n;
        BigDecimal rate = last
                ? target
                : tidy(from.add(target.subtract(from)
                        .multiply(BigDecimal.valueOf(k))
                        .divide(BigDecimal.valueOf(n), RATE_SCALE, RoundingMode.HALF_EVEN)));
        String why = k == 1
                ? String.format(
                        Locale.ROOT,
                        "high-tech share above %s%% for %d consecutive month(s): gradual exit to the market rate"
                                + " %s%% in %d step(s)",
                        rules.exitSharePct().toPlainString(),
                        exitStreak,
                        target.toPlainString(),
                        n)
                : "gradual exit to the market rate " + target.toPlainString() + "%";
        String reason = String.format(
                Locale.ROOT,
                "%s: step %d of %d, %s + (%s - %s) x %d/%d = %s%%%s",
                why,
                Math.min(k, n),
                n,
                from.toPlainString(),
                target.toPlainString(),
                from.toPlainString(),
                Math.min(k, n),
                n,
                rate.toPlainString(),
                last ? "; indexation ends, rate fixed" : "");
        State next = new State(month, rate, s.lastSide(), 0, exitStreak, k, from, target, last);
        return new Step(next, s.rate(), last ? RateReset.Rule.EXIT : RateReset.Rule.EXIT_STEP, reason);
    }

    private static State withMonth(State s, String month) {
        return new State(
                month,
                s.rate(),
                s.lastSide(),
                s.streak(),
                s.exitStreak(),
                s.exitStep(),
                s.exitFrom(),
                s.exitTarget(),
                s.exited());
    }

    /** The crossover at the last month: the averages now and a month earlier, or null with fewer than 7 months. */
    public record Crossover(
            SeriesRates.Signal signal,
            BigDecimal average3,
            BigDecimal average6,
            BigDecimal previousAverage3,
            BigDecimal previousAverage6) {}

    /** The crossover figures at the last month (signal null when the averages did not cross); null before 7 months. */
    public static Crossover crossover(List<Point> points) {
        int n = points.size();
        if (n < 7) {
            return null;
        }
        BigDecimal a3 = average(points.subList(n - 3, n));
        BigDecimal a6 = average(points.subList(n - 6, n));
        BigDecimal p3 = average(points.subList(n - 4, n - 1));
        BigDecimal p6 = average(points.subList(n - 7, n - 1));
        BigDecimal now = a3.subtract(a6);
        BigDecimal before = p3.subtract(p6);
        SeriesRates.Signal signal = null;
        if (before.signum() <= 0 && now.signum() > 0) {
            signal = SeriesRates.Signal.EXPORT;
        } else if (before.signum() >= 0 && now.signum() < 0) {
            signal = SeriesRates.Signal.IMPORT;
        }
        return new Crossover(signal, a3, a6, p3, p6);
    }

    /** The crossover signal at the last month: needs 7 months (both averages now and a month earlier). */
    public static SeriesRates.Signal signal(List<Point> points) {
        Crossover c = crossover(points);
        return c == null ? null : c.signal();
    }

    /** A rate at {@link #RATE_SCALE} places shown with no more than it needs, and at least 2 (2.3000 -> 2.30). */
    public static BigDecimal tidy(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 2 ? rate.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    /** Mean of the points' ratios, 8 places HALF_EVEN. */
    public static BigDecimal average(List<Point> points) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Point p : points) {
            sum = sum.add(p.ratio());
        }
        return sum.divide(BigDecimal.valueOf(points.size()), RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    static Side side(BigDecimal average6, Rules rules) {
        if (average6.compareTo(rules.bandHighPct().movePointLeft(2)) > 0) {
            return Side.ABOVE;
        }
        return average6.compareTo(rules.bandLowPct().movePointLeft(2)) < 0 ? Side.BELOW : Side.IN;
    }

    private static String pct(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
