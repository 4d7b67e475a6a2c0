package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A tranche: a series of a trade program created inside the window a crossover signal opened, at the coupon the
 * signal sets. Stored once under {@code bond.tranche (series)}; its units may be issued only while the window is
 * open.
 *
 * @param series the tranche's series id
 * @param program TRADE_EXPORT or TRADE_IMPORT
 * @param signalMonth the month of the signal that opened the window
 * @param signal EXPORT or IMPORT
 * @param baseRate the program's base coupon used (percent; {@code exportBasePct} / {@code importBasePct})
 * @param spreadBp the spread used (bp; {@code exportSpreadBp} / {@code importSpreadBp})
 * @param couponRate base - spread (export) or base + spread (import), floored at {@code rateFloorPct}
 * @param windowClosesAt when the window closes: no issue of this tranche at or after it
 * @param reason the rule in words, with the figures
 * @param txId the creating transaction
 */
public record Tranche(
        String series,
        Program program,
        String signalMonth,
        SeriesRates.Signal signal,
        BigDecimal baseRate,
        int spreadBp,
        BigDecimal couponRate,
        Instant windowClosesAt,
        String reason,
        String txId) {
    public Tranche {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(program, "program");
    }
}
