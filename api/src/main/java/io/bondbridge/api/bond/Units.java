package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.math.RoundingMode;

/**
 * Bond units: an {@link Amount} at scale 2, so the smallest holding is 0.01 of a unit: the entry ticket is about
 * one currency unit, not the thousands a whole bond costs. Cash for units is {@code units x price} rounded half-even to
 * the currency's minor unit ({@link #cash}).
 */
public final class Units {
    public static final int SCALE = 2;
    public static final Amount ZERO = Amount.zero(SCALE);

    private Units() {}

    /** Parses a positive number of units with at most 2 places. */
    public static Amount positive(String text, String what) {
        Amount units = Amount.parse(text, SCALE, what);
        if (!units.isPositive()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s %s must be more than zero", what, units);
        }
        return units;
    }

    /** units x price per unit, rounded HALF_EVEN to the scale of {@code price} (the currency's). */
    public static Amount cash(Amount units, Amount price) {
        return Amount.of(units.toBigDecimal().multiply(price.toBigDecimal()), price.scale(), RoundingMode.HALF_EVEN);
    }
}
