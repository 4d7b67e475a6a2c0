package io.bondbridge.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact decimal quantity: a count of minor units ({@code minor}) at a fixed number of decimal places
 * ({@code scale}). Money in a currency has the currency's scale ({@link Currencies#scale}); bond units have scale
 * 2. Arithmetic is overflow-checked and only between equal scales; rounding happens only where a method names its
 * {@link RoundingMode}. No floating point anywhere.
 *
 * <p>JSON form: the plain decimal string with its scale, e.g. {@code "1250000.00"}.
 */
public final class Amount implements Comparable<Amount> {
    /** Most decimal places of any amount. */
    public static final int MAX_SCALE = 8;

    private final long minor;
    private final int scale;

    private Amount(long minor, int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new LedgerException(ErrorCode.INVALID_ARGUMENT, "scale " + scale + " outside 0.." + MAX_SCALE);
        }
        this.minor = minor;
        this.scale = scale;
    }

    public static Amount ofMinor(long minor, int scale) {
        return new Amount(minor, scale);
    }

    public static Amount zero(int scale) {
        return new Amount(0, scale);
    }

    /**
     * Parses a decimal string at exactly {@code scale} places, any sign: fewer places are padded, more are rejected
     * (a user who typed 10.005 CNY meant something the ledger cannot hold). At most {@link Parse#MAX_INTEGER_DIGITS}
     * integer digits, and the minor units must fit a {@code long} ("out of range" otherwise).
     */
    public static Amount parse(String text, int scale, String what) {
        BigDecimal value = Parse.decimal(text, scale, what);
        return fromBigDecimal(value.setScale(scale, RoundingMode.UNNECESSARY), what);
    }

    /**
     * Parses an amount of money in {@code currency}: at the currency's scale ({@link Currencies#scale}), more than
     * zero. The parser of every amount whose currency is known where it is read.
     */
    public static Amount positive(String text, String currency, String what) {
        return parse(text, Currencies.scale(currency), what).requirePositive(currency, what);
    }

    /**
     * Parses a positive amount of money whose currency is known only later (a price in a bond series' currency, an
     * amount in a swap line's): more than zero, with at most {@link Currencies#MAX_SCALE} places (the most any
     * currency has), at the scale it is written with. {@link #in} then puts it at the currency's scale.
     */
    public static Amount positive(String text, String what) {
        BigDecimal value = Parse.decimal(text, Currencies.MAX_SCALE, what);
        if (value.scale() > Currencies.MAX_SCALE) {
            value = value.setScale(Currencies.MAX_SCALE, RoundingMode.UNNECESSARY);
        }
        if (value.signum() <= 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s must be more than zero", what, value.toPlainString());
        }
        return fromBigDecimal(value.scale() < 0 ? value.setScale(0) : value, what);
    }

    /**
     * This amount as money in {@code currency}: at the currency's scale, padded when it has fewer places; more
     * places than the currency has are INVALID_ARGUMENT naming {@code what}.
     */
    public Amount in(String currency, String what) {
        int target = Currencies.scale(currency);
        BigDecimal value = toBigDecimal();
        if (value.stripTrailingZeros().scale() > target) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' has more than %d decimal places",
                    what,
                    value.toPlainString(),
                    target);
        }
        return fromBigDecimal(value.setScale(target, RoundingMode.UNNECESSARY), what);
    }

    /**
     * This amount, when it is money that may move in {@code currency}: at the currency's scale and more than zero;
     * else INVALID_ARGUMENT ("amount 0.00 CNY must be more than zero").
     */
    public Amount requirePositive(String currency, String what) {
        if (scale != Currencies.scale(currency)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s is not at the scale of %s", what, this, currency);
        }
        if (!isPositive()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s %s %s must be more than zero", what, this, currency);
        }
        return this;
    }

    /** Parses a decimal string keeping the scale it is written with (the codec's form). */
    public static Amount parseExact(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            // Found by fuzzing: the codec wrapped it, but as a parser of its own it must answer with a code too.
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "amount '%s' is not a decimal number", text);
        }
        if (value.precision() - value.scale() > Parse.MAX_INTEGER_DIGITS || value.scale() > MAX_SCALE) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "amount '%s' is out of range", text);
        }
        return fromBigDecimal(value.scale() < 0 ? value.setScale(0) : value, "amount");
    }

    /** Converts with an explicit rounding mode (the only lossy way in). */
    public static Amount of(BigDecimal value, int scale, RoundingMode rounding) {
        return fromBigDecimal(value.setScale(scale, rounding), "amount");
    }

    private static Amount fromBigDecimal(BigDecimal value, String what) {
        try {
            return new Amount(value.unscaledValue().longValueExact(), value.scale());
        } catch (ArithmeticException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s %s is out of range", what, value.toPlainString());
        }
    }

    public long minor() {
        return minor;
    }

    public int scale() {
        return scale;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(minor, scale);
    }

    public String toPlainString() {
        return toBigDecimal().toPlainString();
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public Amount plus(Amount other) {
        sameScale(other);
        return new Amount(exact(() -> Math.addExact(minor, other.minor)), scale);
    }

    public Amount minus(Amount other) {
        sameScale(other);
        return new Amount(exact(() -> Math.subtractExact(minor, other.minor)), scale);
    }

    public Amount negate() {
        return new Amount(exact(() -> Math.negateExact(minor)), scale);
    }

    /** This amount times a factor, rounded to this scale with the given mode. */
    public Amount times(BigDecimal factor, RoundingMode rounding) {
        return of(toBigDecimal().multiply(factor), scale, rounding);
    }

    public boolean lessThan(Amount other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Amount other) {
        sameScale(other);
        return Long.compare(minor, other.minor);
    }

    private void sameScale(Amount other) {
        Objects.requireNonNull(other, "other");
        if (other.scale != scale) {
            throw new LedgerException(
                    ErrorCode.INVALID_ARGUMENT,
                    "amounts of different scales: " + toPlainString() + " and " + other.toPlainString());
        }
    }

    private static long exact(java.util.function.LongSupplier op) {
        try {
            return op.getAsLong();
        } catch (ArithmeticException e) {
            throw new LedgerException(ErrorCode.INVALID_ARGUMENT, "amount overflow");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.minor == minor && a.scale == scale;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(minor) * 31 + scale;
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
