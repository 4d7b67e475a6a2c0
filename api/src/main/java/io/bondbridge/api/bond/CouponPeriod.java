package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A coupon effect: opened once by the issuer, then claimed by each holder ({@link Claim}); never changed. Stored
 * under {@code bond.period (series, period)}; the period id is the coupon date.
 *
 * @param series series id
 * @param period the period id: the coupon (payment) date, ISO
 * @param recordDate holdings at the end of this day (UTC) are entitled
 * @param accrualStart first day of the accrual period (issue date or previous coupon date)
 * @param accrualEnd coupon date (excluded from the accrual period)
 * @param rate annual rate in percent in force when the period was opened
 * @param dayCount the series' convention
 * @param fraction the year fraction of [accrualStart, accrualEnd), exact
 * @param fractionDecimal the same to 10 places (for reading only; claims use {@code fraction})
 * @param openedAt when the issuer opened it
 */
public record CouponPeriod(
        String series,
        String period,
        LocalDate recordDate,
        LocalDate accrualStart,
        LocalDate accrualEnd,
        BigDecimal rate,
        DayCount dayCount,
        DayCount.Fraction fraction,
        BigDecimal fractionDecimal,
        Instant openedAt) {
    public CouponPeriod {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(recordDate, "recordDate");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(fraction, "fraction");
    }
}
