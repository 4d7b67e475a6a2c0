package io.bondbridge.api.stable;

import static io.bondbridge.api.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void readsARatioWrittenAsAPercentage() {
        assertThat(Decimals.ratioFromPercent("2.5", "--haircut GOLD", HUNDRED)).isEqualByComparingTo("0.025");
        assertThat(Decimals.ratioFromPercent("100", "--short-share", HUNDRED)).isEqualByComparingTo("1");
        assertThat(Decimals.ratioFromPercent("0.0001", "--short-share", HUNDRED))
                .isEqualByComparingTo("0.000001");
        assertThat(Decimals.ratioFromPercent("1000", "--min-coverage", BigDecimal.valueOf(1000)))
                .isEqualByComparingTo("10");
    }

    @Test
    void rejectsARatioAboveItsMaximumNegativeOrTooFine() {
        rejects(() -> Decimals.ratioFromPercent("150", "--haircut GOLD", HUNDRED), "--haircut GOLD 150% is above 100%");
        rejects(
                () -> Decimals.ratioFromPercent("-1", "--max-weight CASH", HUNDRED),
                "--max-weight CASH -1 must be zero or more");
        rejects(
                () -> Decimals.ratioFromPercent("0.00001", "--short-share", HUNDRED),
                "--short-share '0.00001' has more than 4 decimal places");
    }

    @Test
    void holdsAPolicyRatioAtSixPlacesWithinItsBounds() {
        assertThat(Decimals.ratio(new BigDecimal("0.025"), "haircut of GOLD", BigDecimal.ZERO, BigDecimal.ONE)
                        .toPlainString())
                .isEqualTo("0.025000");
        rejects(
                () -> Decimals.ratio(new BigDecimal("1.5"), "haircut of GOLD", BigDecimal.ZERO, BigDecimal.ONE),
                "haircut of GOLD 1.5 is outside 0..1");
        rejects(
                () -> Decimals.ratio(new BigDecimal("0.0000001"), "haircut of GOLD", BigDecimal.ZERO, BigDecimal.ONE),
                "haircut of GOLD 0.0000001 has more than 6 decimal places (4 as a percentage)");
        rejects(
                () -> Decimals.ratio(null, "minimum coverage", BigDecimal.ZERO, BigDecimal.TEN),
                "minimum coverage is required");
    }

    @Test
    void keepsReserveQuantitiesWithinTheOneMagnitudeLimit() {
        assertThat(Decimals.canonical(new BigDecimal("9999999999999999999.000000"), 6, "quantity of C-1")
                        .toPlainString())
                .isEqualTo("9999999999999999999");
        rejects(
                () -> Decimals.canonical(new BigDecimal("1e19"), 6, "quantity of C-1"),
                "quantity of C-1 '1E+19' has more than 19 integer digits");
        rejects(() -> Decimals.canonical(new BigDecimal("-1"), 6, "quantity of C-1"), "quantity of C-1 -1 is negative");
    }
}
