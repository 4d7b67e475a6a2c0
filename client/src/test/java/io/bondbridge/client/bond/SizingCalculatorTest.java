package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The sizing indicators reproduce the papers' 2024 figures (docs/DOMAIN.md section 2.2) at the precision the papers give. */
class SizingCalculatorTest {
    static final SizingCalculator.Inputs Y2024 = new SizingCalculator.Inputs(
            new BigDecimal("134.9"),
            new BigDecimal("313.53"),
            new BigDecimal("75"),
            new BigDecimal("85"),
            new BigDecimal("3.0"),
            new BigDecimal("8.52"),
            new BigDecimal("0.43"),
            new BigDecimal("0.95"),
            null,
            new BigDecimal("5"));

    @Test
    void reproducesThe2024Figures() {
        SizingCalculator.Result r = SizingCalculator.compute(Y2024);
        // C = 0.95 x (1 - 0.030) = 0.9215
        assertThat(r.creditGrade()).isEqualByComparingTo("0.9215");
        // Mw = 8.52 x (1 - 0.43) = 4.8564 -> 4.856 at the paper's 3 places
        assertThat(r.mw().setScale(3, RoundingMode.HALF_EVEN)).isEqualByComparingTo("4.856");
        // 1 - 75/85 = 0.117647... -> 0.1176
        assertThat(r.excessCapacity().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.1176");
        // 313.53 x (0.6 - 0.43) = 53.3001 -> 53.3 tn CNY
        assertThat(r.excessInvestmentMoney().setScale(1, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("53.3");
        // dQ = 134.9 x 5% = 6.745
        assertThat(r.supplyIncrement()).isEqualByComparingTo("6.745");
    }

    @Test
    void theReasonableVelocityAndTheRatingAreInputs() {
        SizingCalculator.Inputs aaa = new SizingCalculator.Inputs(
                Y2024.gdp(),
                Y2024.m2(),
                Y2024.capacityUtilisation(),
                Y2024.reasonableUtilisation(),
                Y2024.deficit(),
                Y2024.multiplier(),
                Y2024.velocity(),
                SizingCalculator.RATING_COEFFICIENTS.get("AAA"),
                new BigDecimal("0.5"),
                null);
        SizingCalculator.Result r = SizingCalculator.compute(aaa);
        assertThat(r.creditGrade()).isEqualByComparingTo("0.97"); // 1.00 x 0.97
        assertThat(r.excessInvestmentMoney()).isEqualByComparingTo("21.9471"); // 313.53 x 0.07
        assertThat(r.supplyIncrement()).isNull();
    }
}
