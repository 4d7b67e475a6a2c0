package io.bondbridge.chaincode.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.Amount;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.chaincode.stable.ReservePricing;
import io.bondbridge.chaincode.stable.Valuation;
import io.bondbridge.chaincode.stable.ValuedAsset;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StressTestTest {
    static final LocalDate DAY = LocalDate.parse("2026-01-05");
    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private static ValuedAsset valued(AssetClass c, String ccy, String value, LocalDate maturity) {
        ReserveAsset a = new ReserveAsset(
                "A",
                "CNY",
                c,
                ccy,
                new BigDecimal(value),
                BigDecimal.ONE,
                AT,
                maturity,
                "X",
                "X",
                new ReserveAsset.Attestation("CentralBankMSP", AT, null),
                "CentralBankMSP",
                null);
        Valuation v = new Valuation(
                "CNY",
                ReservePolicy.defaults("CNY", null),
                cur -> cur.equals("CNY") ? new BigDecimal("0.125") : BigDecimal.ONE,
                DAY,
                ReservePricing.RECORDED);
        return v.value(a);
    }

    private static String shock(ValuedAsset v, StressScenario s) {
        Amount a = StressTest.shock(v, s, "CNY", 2);
        return a.toPlainString();
    }

    @Test
    void yieldShocksUseRemainingDaysOver365AsDuration() {
        // 1,000,000 x (1 - 182/365 x 0.01) = 1,000,000 x 3,648,180 / 3,650,000 = 995,013.6986... -> 995,013.69
        assertThat(shock(
                        valued(AssetClass.GOV_BOND, "CNY", "1000000", DAY.plusDays(182)),
                        new StressScenario(100, null, null, null)))
                .isEqualTo("995013.69");
        // yields down: prices up
        assertThat(shock(
                        valued(AssetClass.GOV_BOND, "CNY", "1000000", DAY.plusDays(365)),
                        new StressScenario(-50, null, null, null)))
                .isEqualTo("1005000.00");
        // a price never goes below zero: 30 years x 5000 bp
        assertThat(shock(
                        valued(AssetClass.GOV_BOND, "CNY", "1000000", DAY.plusYears(30)),
                        new StressScenario(5000, null, null, null)))
                .isEqualTo("0.00");
        // cash and gold do not move with yields
        assertThat(shock(valued(AssetClass.CASH, "CNY", "1000", null), new StressScenario(500, null, null, null)))
                .isEqualTo("1000.00");
    }

    @Test
    void fxShocksMoveForeignAssetsAndAShockOfTheReserveCurrencyMovesThemAllTheOtherWay() {
        ValuedAsset usd = valued(AssetClass.FX_DEPOSIT, "USD", "1000", null); // 1,000 / 0.125 = 8,000.00 CNY
        assertThat(usd.marketValue().toPlainString()).isEqualTo("8000.00");
        assertThat(shock(usd, new StressScenario(null, Map.of("USD", new BigDecimal("-10")), null, null)))
                .isEqualTo("7200.00");
        // CNY up 25%: 8,000 x 100 / 125 = 6,400.00
        assertThat(shock(usd, new StressScenario(null, Map.of("CNY", new BigDecimal("25")), null, null)))
                .isEqualTo("6400.00");
        ValuedAsset cny = valued(AssetClass.CASH, "CNY", "8000", null);
        assertThat(shock(cny, new StressScenario(null, Map.of("CNY", new BigDecimal("25")), null, null)))
                .isEqualTo("8000.00");
    }

    @Test
    void metalShocksMoveGoldAndMetalCertificatesOnly() {
        StressScenario s = new StressScenario(null, null, new BigDecimal("-30"), null);
        assertThat(shock(valued(AssetClass.GOLD, "CNY", "1000", null), s)).isEqualTo("700.00");
        assertThat(shock(valued(AssetClass.METAL_CERTIFICATE, "CNY", "1000", null), s))
                .isEqualTo("700.00");
        assertThat(shock(valued(AssetClass.TBILL, "CNY", "1000", DAY.plusDays(10)), s))
                .isEqualTo("1000.00");
    }
}
