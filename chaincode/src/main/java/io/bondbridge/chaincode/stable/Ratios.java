package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.stable.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ratios the reserve rules compute, with the scales and rounding of {@link Decimals}: coverage and weights for
 * reports, and the finer ratios that decide whether a change worsens a breached limit.
 */
final class Ratios {
    /** Scale of ratios compared with each other (is a breach worse than before?), rounded DOWN. */
    static final int COMPARE_SCALE = 12;

    private Ratios() {}

    /** Coverage {@code adjusted / units} for reports, or null when no units are outstanding. */
    static BigDecimal coverage(Amount adjusted, Amount units) {
        if (!units.isPositive()) {
            return null;
        }
        return adjusted.toBigDecimal().divide(units.toBigDecimal(), Decimals.REPORT_SCALE, Decimals.COVERAGE_ROUNDING);
    }

    /** Weight {@code part / total} for reports, or null when the total is zero. */
    static BigDecimal weight(Amount part, Amount total) {
        if (!total.isPositive()) {
            return null;
        }
        return part.toBigDecimal().divide(total.toBigDecimal(), Decimals.REPORT_SCALE, Decimals.WEIGHT_ROUNDING);
    }

    /** {@code a / b} at {@link #COMPARE_SCALE}, for comparing a breached ratio before and after a change. */
    static BigDecimal exactish(BigDecimal a, BigDecimal b) {
        return a.divide(b, COMPARE_SCALE, RoundingMode.DOWN);
    }
}
