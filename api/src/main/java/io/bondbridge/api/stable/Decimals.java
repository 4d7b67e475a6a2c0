package io.bondbridge.api.stable;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
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
 *       #PRICE_SCALE}, stored without trailing zeros so one value has one JSON form.
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

    /** Most digits before the decimal point of any quantity, price or amount (far beyond any real reserve). */
    public static final int MAX_INTEGER_DIGITS = 24;

    /**
     * Rejects a decimal with more than {@link #MAX_INTEGER_DIGITS} integer digits, before anything scales it (a
     * text like {@code 1e999999999} would otherwise become a billion-digit number).
     */
    public static BigDecimal requireMagnitude(BigDecimal value, String name) {
        if (value != null && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s has more than %d integer digits", name, MAX_INTEGER_DIGITS);
        }
        return value;
    }

    /** A non-negative decimal with at most {@code maxScale} places, without trailing zeros. */
    public static BigDecimal canonical(BigDecimal value, int maxScale, String name) {
        if (value == null) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", name);
        }
        requireMagnitude(value, name);
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

    public static BigDecimal parse(String text, String name) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", name);
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not a decimal number", name, text);
        }
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
