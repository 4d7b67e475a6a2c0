package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.Objects;

/**
 * What one account holds of one series; stored under {@code bond.holding (series, owner, name)}. Conservation:
 * the sum over a series of {@code units + locked} equals its outstanding units.
 *
 * @param series series id
 * @param account canonical account id
 * @param units free units (scale 2), never negative
 * @param locked units locked in open offers (scale 2), never negative
 */
public record Holding(String series, String account, Amount units, Amount locked) {
    public Holding {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(locked, "locked");
        if (units.isNegative() || locked.isNegative()) {
            throw LedgerException.of(
                    ErrorCode.INTERNAL, "holding %s of %s would be negative: %s/%s", account, series, units, locked);
        }
    }

    public static Holding empty(String series, String account) {
        return new Holding(series, account, Units.ZERO, Units.ZERO);
    }

    /** Units held in any form: free plus locked (what a coupon is paid on). */
    public Amount total() {
        return units.plus(locked);
    }

    /** This holding with {@code newUnits} free units. */
    public Holding withUnits(Amount newUnits) {
        return new Holding(series, account, newUnits, locked);
    }

    /** This holding with new free and locked units. */
    public Holding with(Amount newUnits, Amount newLocked) {
        return new Holding(series, account, newUnits, newLocked);
    }
}
