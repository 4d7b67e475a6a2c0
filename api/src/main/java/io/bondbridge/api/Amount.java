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
    private static final int MAX_SCALE = 8;

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
     * Parses a decimal string at exactly {@code scale} places: fewer places are padded, more are rejected (a
     * user who typed 10.005 CNY meant something the ledger cannot hold).
     */
    public static Amount parse(String text, int scale, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not a decimal number", what, text);
        }
        // Bound the magnitude before scaling: "1e999999999" would otherwise expand into a billion digits.
        if (value.precision() - value.scale() > 19) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is out of range", what, text);
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s '%s' has more than %d decimal places", what, text, scale);
        }
        return fromBigDecimal(value.setScale(scale, RoundingMode.UNNECESSARY), what);
    }

    /** Parses a decimal string keeping the scale it is written with (the codec's form). */
    public static Amount parseExact(String text) {
        BigDecimal value = new BigDecimal(text);
        if (value.precision() - value.scale() > 19 || value.scale() > MAX_SCALE) {
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
