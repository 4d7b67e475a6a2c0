package io.bondbridge.client.bond;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * The issuance sizing indicators of the credit-value theory (docs/DOMAIN.md, section 2.2), computed in the client with BigDecimal.
 * Only the indicators whose definitions the papers give; the papers' total issuance formula is not given, so none
 * is offered. Products are exact; the one division (excess capacity) is rounded HALF_EVEN at {@link #SCALE}.
 *
 * <pre>{@code
 * SizingCalculator.Result r = SizingCalculator.compute(new SizingCalculator.Inputs(
 *         new BigDecimal("134.9"), new BigDecimal("313.53"), new BigDecimal("75"), new BigDecimal("85"),
 *         new BigDecimal("3.0"), new BigDecimal("8.52"), new BigDecimal("0.43"), new BigDecimal("0.95"),
 *         null, null));
 * r.creditGrade();           // 0.9215
 * r.excessInvestmentMoney(); // 53.3001 (tn CNY, the unit of M2)
 * }</pre>
 */
public final class SizingCalculator {
    /** Places of the divided indicator (excess capacity). */
    public static final int SCALE = 6;
    /** The papers' reasonable money velocity. */
    public static final BigDecimal REASONABLE_VELOCITY = new BigDecimal("0.6");
    /** Sovereign rating coefficients the paper gives (A1 taken as AA, 0.95). */
    public static final Map<String, BigDecimal> RATING_COEFFICIENTS = Map.of(
            "AAA",
            new BigDecimal("1.00"),
            "AA+",
            new BigDecimal("0.97"),
            "AA",
            new BigDecimal("0.95"),
            "A1",
            new BigDecimal("0.95"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SizingCalculator() {}

    /**
     * @param gdp GDP (e.g. tn CNY)
     * @param m2 broad money M2, same unit as GDP
     * @param capacityUtilisation percent, e.g. 75
     * @param reasonableUtilisation percent, e.g. 85
     * @param deficit deficit ratio in percent of GDP, e.g. 3.0
     * @param multiplier money multiplier
     * @param velocity money velocity (GDP / M2), e.g. 0.43
     * @param ratingCoefficient sovereign rating coefficient, e.g. 0.95
     * @param reasonableVelocity null for the papers' 0.6
     * @param supplyIncrementRate percent, or null (then no supply increment)
     */
    public record Inputs(
            BigDecimal gdp,
            BigDecimal m2,
            BigDecimal capacityUtilisation,
            BigDecimal reasonableUtilisation,
            BigDecimal deficit,
            BigDecimal multiplier,
            BigDecimal velocity,
            BigDecimal ratingCoefficient,
            BigDecimal reasonableVelocity,
            BigDecimal supplyIncrementRate) {
        public Inputs {
            Objects.requireNonNull(gdp, "gdp");
            Objects.requireNonNull(m2, "m2");
            Objects.requireNonNull(capacityUtilisation, "capacityUtilisation");
            Objects.requireNonNull(reasonableUtilisation, "reasonableUtilisation");
            Objects.requireNonNull(deficit, "deficit");
            Objects.requireNonNull(multiplier, "multiplier");
            Objects.requireNonNull(velocity, "velocity");
            Objects.requireNonNull(ratingCoefficient, "ratingCoefficient");
            if (reasonableUtilisation.signum() <= 0) {
                throw new IllegalArgumentException("reasonable utilisation must be more than zero");
            }
        }
    }

    /**
     * @param creditGrade C = rating coefficient x (1 - deficit ratio)
     * @param mw Mw = multiplier x (1 - velocity)
     * @param excessCapacity 1 - utilisation / reasonable utilisation
     * @param excessInvestmentMoney M2 x (reasonable velocity - velocity), in the unit of M2
     * @param supplyIncrement dQ = GDP x supply increment rate, in the unit of GDP; null without a rate
     */
    public record Result(
            BigDecimal creditGrade,
            BigDecimal mw,
            BigDecimal excessCapacity,
            BigDecimal excessInvestmentMoney,
            BigDecimal supplyIncrement) {}

    public static Result compute(Inputs in) {
        BigDecimal deficitRatio = in.deficit().divide(HUNDRED);
        BigDecimal creditGrade = in.ratingCoefficient().multiply(BigDecimal.ONE.subtract(deficitRatio));
        BigDecimal mw = in.multiplier().multiply(BigDecimal.ONE.subtract(in.velocity()));
        BigDecimal excessCapacity = BigDecimal.ONE.subtract(
                in.capacityUtilisation().divide(in.reasonableUtilisation(), SCALE, RoundingMode.HALF_EVEN));
        BigDecimal reasonable = in.reasonableVelocity() == null ? REASONABLE_VELOCITY : in.reasonableVelocity();
        BigDecimal excessMoney = in.m2().multiply(reasonable.subtract(in.velocity()));
        BigDecimal supply = in.supplyIncrementRate() == null
                ? null
                : in.gdp().multiply(in.supplyIncrementRate().divide(HUNDRED));
        return new Result(
                strip(creditGrade),
                strip(mw),
                strip(excessCapacity),
                strip(excessMoney),
                supply == null ? null : strip(supply));
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
