package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Values reserve assets in the reserve's currency on one date:
 *
 * <pre>
 * market value   = quantity x unit price                                       (asset currency = reserve currency)
 *                = quantity x unit price x usd(asset currency) / usd(reserve)   (otherwise; USD reference rates)
 * adjusted value = market value x (1 - haircut of the class)                    (0 when the class is not eligible)
 * </pre>
 *
 * each rounded {@link RoundingMode#DOWN} to the reserve currency's scale once, at the end (a reserve is never
 * overstated). Maturity buckets: {@code <=7d}, {@code <=93d}, {@code <=1y} (maturity on or before the same date
 * next year), {@code >1y}; a matured asset is {@code <=7d}; without a maturity date, CASH and FX_DEPOSIT are on
 * demand ({@code <=7d}) and GOLD and METAL_CERTIFICATE never mature ({@code >1y}).
 */
public final class Valuation {
    private final String reserve;
    private final int scale;
    private final ReservePolicy policy;
    private final UsdRates rates;
    private final LocalDate date;
    private final ReservePricing pricing;

    public Valuation(String reserve, ReservePolicy policy, UsdRates rates, LocalDate date, ReservePricing pricing) {
        this.reserve = reserve;
        this.scale = Currencies.scale(reserve);
        this.policy = policy;
        this.rates = rates;
        this.date = date;
        this.pricing = pricing;
    }

    public String reserve() {
        return reserve;
    }

    public int scale() {
        return scale;
    }

    public ReservePolicy policy() {
        return policy;
    }

    public LocalDate date() {
        return date;
    }

    public Amount zero() {
        return Amount.zero(scale);
    }

    public ValuedAsset value(ReserveAsset asset) {
        BigDecimal gross = asset.quantity().multiply(pricing.unitPrice(asset, date));
        Amount market = inReserveCurrency(gross, asset.currency());
        Integer days =
                asset.maturity() == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(date, asset.maturity()));
        return new ValuedAsset(
                asset,
                market,
                adjusted(asset.assetClass(), market),
                days,
                bucket(asset.assetClass(), asset.maturity()));
    }

    /** An amount of {@code currency} in the reserve currency, DOWN to its scale. */
    public Amount inReserveCurrency(BigDecimal amount, String currency) {
        if (currency.equals(reserve)) {
            return Amount.of(amount, scale, RoundingMode.DOWN);
        }
        BigDecimal usd = amount.multiply(rates.usd(currency));
        return Amount.of(usd.divide(rates.usd(reserve), scale, RoundingMode.DOWN), scale, RoundingMode.UNNECESSARY);
    }

    /** Market value after the class's haircut; zero when the class is not eligible. */
    public Amount adjusted(AssetClass assetClass, Amount market) {
        if (!policy.eligible(assetClass)) {
            return zero();
        }
        return market.times(BigDecimal.ONE.subtract(policy.haircuts().get(assetClass)), RoundingMode.DOWN);
    }

    public String bucket(AssetClass assetClass, LocalDate maturity) {
        if (maturity == null) {
            return assetClass.onDemand() ? Composition.UP_TO_7D : Composition.OVER_1Y;
        }
        long days = ChronoUnit.DAYS.between(date, maturity);
        if (days <= 7) {
            return Composition.UP_TO_7D;
        }
        if (days <= 93) {
            return Composition.UP_TO_93D;
        }
        return maturity.isAfter(date.plusYears(1)) ? Composition.OVER_1Y : Composition.UP_TO_1Y;
    }
}
