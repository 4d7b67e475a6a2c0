package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code bond rates} shows: the rate path with the data behind each reset, and the tranche signal.
 *
 * @param series series id
 * @param couponType its coupon type
 * @param initialRate the rate of its terms (percent)
 * @param couponRate the rate in force now (percent)
 * @param rateCap INDEXED: the cap (percent)
 * @param rateFloor INDEXED: the floor (percent)
 * @param resets every reset, oldest first
 * @param signal the tranche signal at the last posted month, or null for none
 * @param signalMonth the last posted month ({@code YYYY-MM})
 * @param average3 the 3-month average surplus ratio at that month
 * @param average6 the 6-month average surplus ratio at that month
 * @param program the series' program, or null
 * @param indexRule which rule moves this series' coupon, in words
 * @param signals every stored crossover signal, oldest first, with the windows they opened
 * @param tranche the signal that opened this series as a tranche, or null
 * @param sectorLink the sector index the series follows, or null
 */
public record SeriesRates(
        String series,
        CouponType couponType,
        BigDecimal initialRate,
        BigDecimal couponRate,
        BigDecimal rateCap,
        BigDecimal rateFloor,
        List<RateReset> resets,
        Signal signal,
        String signalMonth,
        BigDecimal average3,
        BigDecimal average6,
        Program program,
        String indexRule,
        List<TradeSignal> signals,
        Tranche tranche,
        SectorLink sectorLink) {
    /**
     * The next tranche the trade data calls for: the 3-month average surplus ratio crossing above the 6-month one
     * means EXPORT (a low-coupon export bond next), crossing below means IMPORT.
     */
    public enum Signal {
        EXPORT,
        IMPORT
    }
}
