package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A crossover of the 3-month average surplus ratio over the 6-month one, stored with its month under {@code
 * bond.signal (month)} when STATISTICS posts that month. It opens a tranche window for the matching program: EXPORT
 * opens TRADE_EXPORT tranches (low coupon), IMPORT opens TRADE_IMPORT tranches (high coupon), from {@code opensAt}
 * until {@code closesAt} (exclusive).
 *
 * @param month the posted month ({@code YYYY-MM})
 * @param signal EXPORT (3m crossed above 6m) or IMPORT (crossed below)
 * @param program the program whose tranche window it opens
 * @param average3 3-month average surplus ratio at {@code month}
 * @param average6 6-month average at {@code month}
 * @param previousAverage3 3-month average at the month before
 * @param previousAverage6 6-month average at the month before
 * @param windowDays the governed window length used ({@code trancheWindowDays})
 * @param opensAt the posting transaction's timestamp
 * @param closesAt opensAt + windowDays
 * @param txId the posting transaction
 */
public record TradeSignal(
        String month,
        SeriesRates.Signal signal,
        Program program,
        BigDecimal average3,
        BigDecimal average6,
        BigDecimal previousAverage3,
        BigDecimal previousAverage6,
        int windowDays,
        Instant opensAt,
        Instant closesAt,
        String txId) {
    public TradeSignal {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(signal, "signal");
    }

    /** Whether the window is open at {@code t}. */
    public boolean openAt(Instant t) {
        return !t.isBefore(opensAt) && t.isBefore(closesAt);
    }
}
