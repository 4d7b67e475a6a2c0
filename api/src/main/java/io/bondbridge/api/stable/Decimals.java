package io.bondbridge.api.stable;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Parse;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal conventions of the stable and reserve rules, in one place:
 *
 * <ul>
 *   <li>policy ratios (haircuts, limits, minimum coverage) are stored at {@link #RATIO_SCALE} places (0.005000 is
 *       0.5%);
 *   <li>reported ratios (coverage, weights) have {@link #REPORT_SCALE} places; coverage rounds {@link
 *       RoundingMode#DOWN} (a report never overstates it), weights {@link RoundingMode#HALF_EVEN};
 *   <li>policy checks never use a rounded ratio: they compare exact products ({@code adjusted >= min x units});
 *       the chaincode computes the reported ratios with these scales and rounding modes;
 *   <li>reserve quantities keep at most {@link #QUANTITY_SCALE} places and unit prices at most {@link
 *       #PRICE_SCALE}, stored without trailing zeros so one value has one JSON form; like every number the ledger
 *       takes, at most {@link Parse#MAX_INTEGER_DIGITS} integer digits.
 * </ul>
 */
public final class Decimals {
    public static final int RATIO_SCALE = 6;
    public static final int REPORT_SCALE = 4;
    public static final int QUANTITY_SCALE = 6;
    public static final int PRICE_SCALE = 8;

    public static final RoundingMode COVERAGE_ROUNDING = RoundingMode.DOWN;
    public static final RoundingMode WEIGHT_ROUNDING = RoundingMode.HALF_EVEN;

    private Decimals() {}

    /** A policy ratio in {@code [min, max]} with at most {@link #RATIO_SCALE} places, at exactly that scale. */
    public static BigDecimal ratio(BigDecimal value, String name, BigDecimal min, BigDecimal max) {
        if (value == null) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", name);
        }
        if (value.stripTrailingZeros().scale() > RATIO_SCALE) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s has more than %d decimal places (%d as a percentage)",
                    name,
                    value.toPlainString(),
                    RATIO_SCALE,
                    RATIO_SCALE - 2);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s is outside %s..%s",
                    name,
                    value.toPlainString(),
                    min.toPlainString(),
                    max.toPlainString());
        }
        return value.setScale(RATIO_SCALE, RoundingMode.UNNECESSARY);
    }

    /** A non-negative decimal with at most {@code maxScale} places, without trailing zeros. */
    public static BigDecimal canonical(BigDecimal value, int maxScale, String name) {
        if (value == null) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", name);
        }
        Parse.magnitude(value, name);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s has more than %d decimal places",
                    name,
                    value.toPlainString(),
                    maxScale);
        }
        if (stripped.signum() < 0) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s %s is negative", name, value.toPlainString());
        }
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * The parser of a policy ratio written as a percentage ({@code 2.5} is the ratio 0.025): zero to {@code maxPercent}
     * with at most {@link #RATIO_SCALE} - 2 places, returned as the ratio.
     */
    public static BigDecimal ratioFromPercent(String text, String what, BigDecimal maxPercent) {
        BigDecimal pct = Parse.nonNegative(text, RATIO_SCALE - 2, what);
        if (pct.compareTo(maxPercent) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s%% is above %s%%",
                    what,
                    pct.toPlainString(),
                    maxPercent.toPlainString());
        }
        return pct.movePointLeft(2);
    }

    /** A ratio as a percentage for messages: 0.005000 -> "0.5%". */
    public static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A ratio for messages at report scale: 0.96431 -> "0.9643". */
    public static String show(BigDecimal ratio) {
        return ratio.setScale(REPORT_SCALE, RoundingMode.DOWN).toPlainString();
    }
}
