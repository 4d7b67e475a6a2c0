package io.bondbridge.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Text into the plain values every input is made of: decimals, rates, dates, instants, months. The chaincode's
 * contracts and the command line parse with these (and with the value types' own factories: {@link Amount#positive},
 * {@link Currencies#require}, {@code Units.positive}, {@code Series.requireId}, {@code AccountId.parse}), so an
 * input is accepted or refused the same way at both edges. Every rejection is INVALID_ARGUMENT, and its message names
 * the argument ({@code what}) and the bad value.
 *
 * <p>Magnitude: no number the ledger takes has more than {@link #MAX_INTEGER_DIGITS} digits before the decimal point,
 * nor more than {@link #MAX_DECIMAL_PLACES} after it.
 */
public final class Parse {
    /**
     * The one limit on the size of any number the ledger takes (amounts, units, prices, quantities, rates, figures):
     * at most 19 digits before the decimal point. 19 because an {@link Amount} is a {@code long} of minor units and
     * {@code Long.MAX_VALUE} has 19 digits, so no larger amount could be held anyway; reserve quantities and prices,
     * kept as decimals, share it (10^19 is far beyond any real reserve). It is checked on the text's value before
     * anything scales it: {@code 1e999999999} would otherwise expand into a billion digits. An amount must also fit
     * its {@code long} at its scale; {@link Amount#parse} reports one that does not as out of range.
     */
    public static final int MAX_INTEGER_DIGITS = 19;

    /**
     * The same guard on the other side of the point: at most 64 decimal places as written, far beyond the 10 any
     * value keeps. Without it {@code 1e-999999999} (or {@code 0e-999999999}) parses, and its plain form, which a
     * message or a rescale writes out, is a billion digits: the fuzzer found a rate's error message running a
     * chaincode out of memory that way.
     */
    public static final int MAX_DECIMAL_PLACES = 64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_EXCHANGE_RATE = BigDecimal.valueOf(1_000_000);
    private static final int PERCENT_PLACES = 4;

    private Parse() {}

    /** A decimal number, any sign, at most {@link #MAX_INTEGER_DIGITS} integer digits, as written (scale kept). */
    public static BigDecimal decimal(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not a decimal number", what, text);
        }
        if (tooLarge(value)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' has more than %d integer digits",
                    what,
                    text.strip(),
                    MAX_INTEGER_DIGITS);
        }
        requirePlaces(value, what);
        return value;
    }

    /** {@link #decimal(String, String)} with at most {@code maxScale} decimal places (trailing zeros aside). */
    public static BigDecimal decimal(String text, int maxScale, String what) {
        BigDecimal value = decimal(text, what);
        if (value.stripTrailingZeros().scale() > maxScale) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' has more than %d decimal places",
                    what,
                    text.strip(),
                    maxScale);
        }
        return value;
    }

    /** A decimal of zero or more with at most {@code maxScale} places, as written. */
    public static BigDecimal nonNegative(String text, int maxScale, String what) {
        BigDecimal value = decimal(text, maxScale, what);
        if (value.signum() < 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s must be zero or more", what, value.toPlainString());
        }
        return value;
    }

    /** A decimal of more than zero with at most {@code maxScale} places, as written. */
    public static BigDecimal positive(String text, int maxScale, String what) {
        BigDecimal value = decimal(text, maxScale, what);
        if (value.signum() <= 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s must be more than zero", what, value.toPlainString());
        }
        return value;
    }

    /**
     * A rate in percent ({@code 2.19} is 2.19% a year): 0 to 100 with at most 4 places, returned with at least 2
     * places ({@code 2.5} is {@code 2.50}), the form a series stores.
     */
    public static BigDecimal percent(String text, String what) {
        BigDecimal rate = decimal(text, PERCENT_PLACES, what);
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s%% is not within 0-100", what, rate.toPlainString());
        }
        return rate.setScale(Math.max(2, rate.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    /**
     * An exchange rate (units of one currency for one unit of another, or the USD value of one unit): more than 0
     * and at most 1000000, with at most {@code scale} places, returned at exactly {@code scale} places.
     */
    public static BigDecimal exchangeRate(String text, int scale, String what) {
        BigDecimal rate = decimal(text, what);
        if (rate.signum() <= 0 || rate.compareTo(MAX_EXCHANGE_RATE) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s must be more than 0 and at most %s",
                    what,
                    rate.toPlainString(),
                    MAX_EXCHANGE_RATE.toPlainString());
        }
        if (rate.stripTrailingZeros().scale() > scale) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s has more than %d decimal places",
                    what,
                    rate.toPlainString(),
                    scale);
        }
        return rate.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /**
     * The magnitude check alone, for a decimal that arrives as a number (a JSON input) rather than as text: at most
     * {@link #MAX_INTEGER_DIGITS} integer digits. Null passes (the caller decides whether it is required).
     */
    public static BigDecimal magnitude(BigDecimal value, String what) {
        if (value != null && tooLarge(value)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' has more than %d integer digits",
                    what,
                    value,
                    MAX_INTEGER_DIGITS);
        }
        if (value != null) {
            requirePlaces(value, what);
        }
        return value;
    }

    /** At most {@link #MAX_DECIMAL_PLACES} places as written; the message shows the value in its short form. */
    private static void requirePlaces(BigDecimal value, String what) {
        if (value.scale() > MAX_DECIMAL_PLACES) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' has more than %d decimal places",
                    what,
                    value,
                    MAX_DECIMAL_PLACES);
        }
    }

    /** An ISO date, {@code YYYY-MM-DD}. */
    public static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(required(text, what));
        } catch (DateTimeParseException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not an ISO date (YYYY-MM-DD)", what, text);
        }
    }

    /** An ISO-8601 instant, {@code 2026-06-30T00:00:00Z}. */
    public static Instant instant(String text, String what) {
        try {
            return Instant.parse(required(text, what));
        } catch (DateTimeParseException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not an ISO-8601 instant", what, text);
        }
    }

    /** An ISO-8601 instant, or an ISO date meaning its first instant in UTC (what people type). */
    public static Instant instantOrDate(String text, String what) {
        String t = required(text, what);
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT, "%s '%s' is not an ISO-8601 instant or date", what, text);
            }
        }
    }

    /** A month, {@code YYYY-MM}. */
    public static YearMonth month(String text, String what) {
        try {
            return YearMonth.parse(required(text, what));
        } catch (DateTimeParseException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not YYYY-MM", what, text);
        }
    }

    /** A shard number, a whole number from 0 to {@code count} - 1 (a shard of rows split {@code count} ways). */
    public static int shard(String text, int count, String what) {
        String t = required(text, what);
        try {
            int n = Integer.parseInt(t);
            if (n >= 0 && n < count) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw LedgerException.of(
                ErrorCode.INVALID_ARGUMENT, "%s must be a whole number from 0 to %d: %s", what, count - 1, t);
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        return text.strip();
    }

    private static boolean tooLarge(BigDecimal value) {
        return value.precision() - value.scale() > MAX_INTEGER_DIGITS;
    }
}
