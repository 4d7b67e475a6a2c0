package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A decision of an index for one INDEXED series and one posted month, stored when the index acts (a step, a step
 * held at the cap or floor, an exit step, a sector move) under {@code bond.reset (series, month)}, with every input an
 * auditor needs to recompute it, the governed parameter values it used included.
 *
 * @param series series id
 * @param period the month whose data caused it, {@code YYYY-MM}
 * @param previousRate rate before (percent)
 * @param rate rate from now on (percent)
 * @param rule STEP_UP, STEP_DOWN, HELD_AT_CAP, HELD_AT_FLOOR or EXIT
 * @param reason the rule in words, with the figures
 * @param average6 the 6-month average surplus ratio at {@code period}
 * @param streak consecutive months on this side of the band, including {@code period}
 * @param window the six months averaged, oldest first
 * @param ratios their surplus ratios, in the same order
 * @param hightechShare the month's high-tech share of exports (percent), when posted
 * @param txId the post that caused it
 * @param parameters the governed parameter values the decision used, by name (sorted)
 */
public record RateReset(
        String series,
        String period,
        BigDecimal previousRate,
        BigDecimal rate,
        Rule rule,
        String reason,
        BigDecimal average6,
        int streak,
        List<String> window,
        List<BigDecimal> ratios,
        BigDecimal hightechShare,
        String txId,
        Map<String, BigDecimal> parameters) {
    /** What the index decided at a month; only a decision other than NONE is stored as a reset. */
    public enum Rule {
        /** No change: fewer than 6 months, in the band, the first month outside it, or after the exit. */
        NONE,
        /** The second consecutive month above the band: the rate steps up 25 bp. */
        STEP_UP,
        /** The second consecutive month below the band: the rate steps down 25 bp. */
        STEP_DOWN,
        /** A step up that the cap holds. */
        HELD_AT_CAP,
        /** A step down that the floor holds. */
        HELD_AT_FLOOR,
        /**
         * One step of the gradual exit: the high-tech share of exports was above the exit share for the trigger
         * count of months, and the coupon moves a share of the way to the market reference rate.
         */
        EXIT_STEP,
        /** The last exit step: the coupon is at the market reference rate and indexation stops for good. */
        EXIT,
        /** A sector index (market share, import growth) moved the coupon. */
        SECTOR
    }

    public RateReset {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rule, "rule");
        window = window == null ? List.of() : List.copyOf(window);
        ratios = ratios == null ? List.of() : List.copyOf(ratios);
        parameters =
                parameters == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }
}
