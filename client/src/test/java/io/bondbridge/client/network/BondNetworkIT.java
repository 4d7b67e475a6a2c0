package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.as;
import static io.bondbridge.client.network.FabricNetwork.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.GatewayTransport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bond tokens through the Gateway as the treasury, two banks and the regulator (STATISTICS).
 *
 * <p>A coupon is paid on the holding at the end of its record date, and redemption waits for maturity, so a
 * series issued now could not be claimed or redeemed before tomorrow. The lifecycle test therefore issues and
 * trades a series whose life began a year ago in transactions stamped then ({@link GatewayTransport#at}: Fabric
 * takes a transaction's time from the client's signed header), and then opens the coupon, claims it and redeems
 * at maturity (today) in ordinary transactions, now.
 */
class BondNetworkIT extends LiveNetworkTest {
    @Test
    void dvpIssueOfferAcceptThenCouponClaimsOnceAndRedemptionAtMaturity() {
        String run = FabricNetwork.runId();
        String series = "ITB-" + run;
        LocalDate maturity = LocalDate.now(ZoneOffset.UTC);
        LocalDate issueDate = maturity.minusYears(1);
        fundWithCny(run);

        Instant t0 = issueDate.atTime(10, 0).toInstant(ZoneOffset.UTC);
        try (GatewayTransport treasury = FabricNetwork.at("centralbank", t0);
                GatewayTransport banka = FabricNetwork.at("banka", t0);
                GatewayTransport bankb = FabricNetwork.at("bankb", t0.plusSeconds(3600))) {
            BondBridge.open(treasury)
                    .bonds()
                    .create(new SeriesTerms(
                            series,
                            "CNY",
                            "100.00",
                            "FIXED",
                            "3.00",
                            2,
                            issueDate.toString(),
                            maturity.toString(),
                            "ACT/365F",
                            "1000",
                            null,
                            null,
                            null));
            BondBridge.open(banka).bonds().subscribe(series, "banka:main", "1000.00");
            var issued = BondBridge.open(treasury).bonds().issue(series, "banka:main", "10", "100.00");
            assertThat(issued.cash()).isEqualTo(Amount.parseExact("1000.00"));

            var offer = BondBridge.open(banka).bonds().offer(series, "banka:main", "4", "100.50", null);
            var accepted = BondBridge.open(bankb).bonds().accept(offer.offerId(), "bankb:main");
            assertThat(accepted.cash()).isEqualTo(Amount.parseExact("402.00")); // 4 x 100.50
        }
        // After the record date, now: a transfer that must not change the coupon's entitlements.
        as("bankb").bonds().transfer(series, "bankb:main", "banka:main", "1");

        LocalDate couponDate = issueDate.plusMonths(6);
        var period =
                as("centralbank").bonds().coupon(series, couponDate.minusDays(1).toString());
        assertThat(period.period()).isEqualTo(couponDate.toString());
        long days = ChronoUnit.DAYS.between(issueDate, couponDate);

        var a = eventually(() -> as("banka").bonds().claim(series, period.period(), "banka:main"));
        var b = eventually(() -> as("bankb").bonds().claim(series, period.period(), "bankb:main"));
        assertThat(a.unitsAtRecordDate()).isEqualTo(Amount.parseExact("6.00"));
        assertThat(b.unitsAtRecordDate()).isEqualTo(Amount.parseExact("4.00"));
        assertThat(a.amount()).isEqualTo(coupon("6", days)); // 6 x 100.00 x 3% x days/365
        assertThat(b.amount()).isEqualTo(coupon("4", days));
        assertThatThrownBy(() -> as("bankb").bonds().claim(series, period.period(), "bankb:main"))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));

        var ra = as("banka").bonds().redeem(series, "banka:main");
        var rb = as("bankb").bonds().redeem(series, "bankb:main");
        assertThat(ra.principal()).isEqualTo(Amount.parseExact("700.00"));
        assertThat(rb.principal()).isEqualTo(Amount.parseExact("300.00"));
        var shown = eventually(
                () -> as("regulator").bonds().show(series), s -> s.outstanding().isZero());
        assertThat(shown.outstanding().isZero()).isTrue();
        assertThat(shown.issued()).isEqualTo(Amount.parseExact("10.00"));
    }

    /**
     * Six months inside the 2%-4% band before the series' issue month, then three months at 5.77%: the six-month
     * average leaves the band in the second of them (4.06%) and stays out in the third (4.49%), the second month in
     * a row, so the coupon steps up 25 bp then, with the data behind it stored.
     */
    @Test
    void twoMonthsAboveTheBandStepAnIndexedCouponUp() {
        String run = FabricNetwork.runId();
        String series = "ITX-" + run;
        List<TradeMonth> posted = as("regulator").bonds().tradeMonths();
        YearMonth first = posted.isEmpty()
                ? YearMonth.now(ZoneOffset.UTC).minusMonths(12)
                : YearMonth.parse(posted.get(posted.size() - 1).month()).plusMonths(1);
        YearMonth issueMonth = first.plusMonths(6);
        as("centralbank")
                .bonds()
                .create(new SeriesTerms(
                        series,
                        "CNY",
                        "100.00",
                        "INDEXED",
                        "2.20",
                        2,
                        issueMonth.atDay(1).toString(),
                        issueMonth.atDay(1).plusYears(1).toString(),
                        "ACT/365F",
                        "1000",
                        "TRADE_EXPORT",
                        "NEW_ENERGY_VEHICLES",
                        "3.20"));

        List<RateReset> resets = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            resets.addAll(post(first.plusMonths(m), "290")); // surplus 50 / 1560 = 3.21% of GDP
        }
        for (int m = 6; m < 9; m++) {
            resets.addAll(post(first.plusMonths(m), "330")); // 90 / 1560 = 5.77%
        }

        List<RateReset> ours =
                resets.stream().filter(r -> r.series().equals(series)).toList();
        assertThat(ours).hasSize(1);
        RateReset step = ours.get(0);
        assertThat(step.period()).isEqualTo(first.plusMonths(8).toString());
        assertThat(step.previousRate()).isEqualByComparingTo("2.20");
        assertThat(step.rate()).isEqualByComparingTo("2.45");
        assertThat(step.average6()).isEqualByComparingTo("0.04487180");
        assertThat(step.window()).hasSize(6);
        var rates = eventually(
                () -> as("bankb").bonds().rates(series), r -> r.couponRate().compareTo(new BigDecimal("2.45")) == 0);
        assertThat(rates.couponRate()).isEqualByComparingTo("2.45");
    }

    private static List<RateReset> post(YearMonth month, String exports) {
        return as("regulator")
                .bonds()
                .postTrade(month.toString(), exports, "240", "1560", "31.5")
                .resets();
    }

    /** units x 100.00 x 3.00% x days/365, one division, half-even to the fen. */
    private static Amount coupon(String units, long days) {
        BigDecimal value = new BigDecimal(units)
                .multiply(new BigDecimal("100.00"))
                .multiply(new BigDecimal("3.00"))
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(100L * 365), 2, RoundingMode.HALF_EVEN);
        return Amount.of(value, 2, RoundingMode.UNNECESSARY);
    }

    /** CNY reserve and stable units for the buyers and for the treasury's coupon and principal payments. */
    private static void fundWithCny(String run) {
        as("centralbank")
                .reserves()
                .add(new AssetSpec(
                        "IT-CNY-CASH-" + run,
                        "CNY",
                        AssetClass.CASH,
                        "CNY",
                        new BigDecimal("100000"),
                        BigDecimal.ONE,
                        null,
                        null,
                        "PBOC",
                        null));
        as("centralbank").stableUnits().mint("CNY", "banka:main", "2000.00");
        as("centralbank").stableUnits().mint("CNY", "bankb:main", "1000.00");
        as("centralbank").stableUnits().mint("CNY", "centralbank:main", "2000.00");
    }
}
