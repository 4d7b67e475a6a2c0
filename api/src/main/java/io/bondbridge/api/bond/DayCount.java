package io.bondbridge.api.bond;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Day-count conventions (2006 ISDA Definitions, section 4.16), as exact fractions so a coupon is rounded once, at
 * the end. The period is [start, end): the first day counts, the last does not.
 */
public enum DayCount {
    /** 4.16(d): actual days / 365. */
    ACT_365F("ACT/365F"),
    /** 4.16(e): actual days / 360. */
    ACT_360("ACT/360"),
    /**
     * 4.16(f) 30/360 (bond basis): D1 = 31 becomes 30; D2 = 31 becomes 30 when D1 is (now) 30 or 31;
     * fraction = (360 (Y2 - Y1) + 30 (M2 - M1) + (D2 - D1)) / 360.
     */
    THIRTY_360("30/360"),
    /** 4.16(b) Actual/Actual (ISDA): days falling in a leap year / 366 + days in a non-leap year / 365. */
    ACT_ACT("ACT/ACT");

    private final String label;

    DayCount(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The convention by its label, as the terms and the command line write it ({@code ACT/365F}), or its name. */
    public static DayCount parse(String text) {
        for (DayCount d : values()) {
            if (d.label.equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw LedgerException.of(
                ErrorCode.INVALID_ARGUMENT, "day count '%s' is not one of ACT/365F, ACT/360, 30/360, ACT/ACT", text);
    }

    /**
     * An exact year fraction {@code numerator / denominator}.
     *
     * @param numerator days (weighted for ACT/ACT), never negative
     * @param denominator days per year (365 x 366 for ACT/ACT, which sums two denominators)
     */
    public record Fraction(long numerator, long denominator) {
        public Fraction {
            if (numerator < 0 || denominator <= 0) {
                throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "year fraction %d/%d", numerator, denominator);
            }
        }

        /** The fraction as a decimal, rounded half-even at {@code scale} places (for display and tests). */
        public java.math.BigDecimal toBigDecimal(int scale) {
            return java.math.BigDecimal.valueOf(numerator)
                    .divide(java.math.BigDecimal.valueOf(denominator), scale, java.math.RoundingMode.HALF_EVEN);
        }
    }

    public Fraction fraction(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "period end %s is before its start %s", end, start);
        }
        long days = ChronoUnit.DAYS.between(start, end);
        return switch (this) {
            case ACT_365F -> new Fraction(days, 365);
            case ACT_360 -> new Fraction(days, 360);
            case THIRTY_360 -> new Fraction(thirty360Days(start, end), 360);
            case ACT_ACT -> actAct(start, end);
        };
    }

    private static long thirty360Days(LocalDate start, LocalDate end) {
        int d1 = start.getDayOfMonth();
        int d2 = end.getDayOfMonth();
        if (d1 == 31) {
            d1 = 30;
        }
        if (d2 == 31 && d1 == 30) {
            d2 = 30;
        }
        return 360L * (end.getYear() - start.getYear()) + 30L * (end.getMonthValue() - start.getMonthValue()) + d2 - d1;
    }

    /** Splits the period at each 1 January: n365 days in common years, n366 in leap years. */
    private static Fraction actAct(LocalDate start, LocalDate end) {
        long n365 = 0;
        long n366 = 0;
        LocalDate from = start;
        while (from.isBefore(end)) {
            LocalDate nextYear = LocalDate.of(from.getYear() + 1, 1, 1);
            LocalDate to = end.isBefore(nextYear) ? end : nextYear;
            long days = ChronoUnit.DAYS.between(from, to);
            if (from.isLeapYear()) {
                n366 += days;
            } else {
                n365 += days;
            }
            from = to;
        }
        // n365/365 + n366/366 over the common denominator 365 x 366
        return new Fraction(n365 * 366 + n366 * 365, 365L * 366);
    }
}
