package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.TradePostResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code trade post} and {@code bond rates} through the ledger. Figures per month: GDP 100, imports 10, exports 13
 * (ratio 3%, in the band) or 22 (12%): five months of 3% and one of 12% average 4.5%, above the band.
 */
class TradeIndexTest extends BondFixture {
    static final String EXPORT_BOND = "TBE-2026-01";

    @BeforeEach
    void indexedSeries() {
        create(terms(EXPORT_BOND)
                .coupon("INDEXED", "2.50")
                .dates("2026-01-01", "2029-01-01")
                .program("TRADE_EXPORT", "NEW_ENERGY_VEHICLES")
                .rateCap("3.00")
                .build());
    }

    private TradePostResult post(String month, String exports, String share) {
        TradePostResult r = bonds("regulator").postTrade(month, exports, "10", "100", share);
        tick();
        return r;
    }

    @Test
    void twoMonthsAboveTheBandStepTheCouponUpAndTheResetKeepsItsData() {
        for (String m : List.of("2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            post(m, "13", null); // before the series' issue month: feed the averages only
        }
        assertThat(post("2026-01", "22", null).resets()).isEmpty(); // avg 4.5%, 1st month above: nothing
        assertThat(bonds("banka").show(EXPORT_BOND).couponRate()).isEqualByComparingTo("2.50");
        TradePostResult second = post("2026-02", "13", null); // window 2025-09..2026-02 still 4.5%: 2nd
        assertThat(second.resets()).hasSize(1);
        RateReset reset = second.resets().get(0);
        assertThat(reset.rule()).isEqualTo(RateReset.Rule.STEP_UP);
        assertThat(reset.rate()).isEqualByComparingTo("2.75");
        assertThat(reset.average6()).isEqualByComparingTo("0.045");
        assertThat(reset.window()).hasSize(6).startsWith("2025-09").endsWith("2026-02");
        assertThat(bonds("banka").show(EXPORT_BOND).couponRate()).isEqualByComparingTo("2.75");

        SeriesRates rates = bonds("bankb").rates(EXPORT_BOND);
        assertThat(rates.resets()).extracting(RateReset::period).containsExactly("2026-02");
        assertThat(rates.couponRate()).isEqualByComparingTo("2.75");
        // a coupon period opened now accrues at the rate in force
        at("2026-06-29T09:00:00Z");
        assertThat(bonds("centralbank")
                        .coupon(EXPORT_BOND, "2026-06-30")
                        .coupon()
                        .rate())
                .isEqualByComparingTo("2.75");
    }

    @Test
    void theHighTechExitIsGradualAndEveryStepIsAStoredReset() {
        for (String m : List.of("2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            post(m, "13", null);
        }
        post("2026-01", "22", null); // avg 4.5% above, 1st month
        // 2nd month above the band, but a share of 40% is not *above* 40%: the band steps, 2.50 -> 2.75
        assertThat(post("2026-02", "13", "40").resets())
                .extracting(RateReset::rule)
                .containsExactly(RateReset.Rule.STEP_UP);
        assertThat(post("2026-03", "13", "41").resets()).isEmpty(); // 1st month above 40%: nothing yet
        // 2nd month above 40% (the trigger count): exit to the market rate 1.70 in 4 steps, from 2.75:
        // step 1 = 2.75 + (1.70 - 2.75) x 1/4 = 2.4875; step 2 = 2.225; step 3 = 1.9625; step 4 = 1.70
        RateReset first = post("2026-04", "13", "42").resets().get(0);
        assertThat(first.rule()).isEqualTo(RateReset.Rule.EXIT_STEP);
        assertThat(first.rate()).isEqualByComparingTo("2.4875");
        assertThat(first.reason()).contains("above 40%").contains("step 1 of 4");
        assertThat(first.parameters())
                .containsEntry("exitSharePct", new BigDecimal("40"))
                .containsEntry("exitSteps", new BigDecimal("4"))
                .containsEntry("marketRatePct", new BigDecimal("1.70"))
                .containsEntry("triggerMonths", new BigDecimal("2"));
        assertThat(post("2026-05", "22", null).resets().get(0).rate()).isEqualByComparingTo("2.225");
        assertThat(post("2026-06", "22", null).resets().get(0).rate()).isEqualByComparingTo("1.9625");
        RateReset last = post("2026-07", "22", null).resets().get(0);
        assertThat(last.rule()).isEqualTo(RateReset.Rule.EXIT);
        assertThat(last.rate()).isEqualByComparingTo("1.70");
        assertThat(post("2026-08", "22", null).resets()).isEmpty(); // fixed for good
        assertThat(bonds("banka").show(EXPORT_BOND).couponRate()).isEqualByComparingTo("1.70");
        assertThat(bonds("banka").rates(EXPORT_BOND).resets())
                .extracting(RateReset::rule)
                .containsExactly(
                        RateReset.Rule.STEP_UP,
                        RateReset.Rule.EXIT_STEP,
                        RateReset.Rule.EXIT_STEP,
                        RateReset.Rule.EXIT_STEP,
                        RateReset.Rule.EXIT);
    }

    @Test
    void importBondsAreNotSteppedByTheBand() {
        // issue 14: an import bond's coupon rose 3.00 -> 3.75 with the surplus; only export bonds follow the band
        create(terms("TBI-2026-01")
                .coupon("INDEXED", "3.00")
                .dates("2026-01-01", "2029-01-01")
                .program("TRADE_IMPORT", "CHIP_EQUIPMENT")
                .build());
        for (String m : List.of("2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            post(m, "13", null);
        }
        post("2026-01", "22", null);
        assertThat(post("2026-02", "13", null).resets())
                .extracting(RateReset::series)
                .containsExactly(EXPORT_BOND);
        assertThat(bonds("banka").show("TBI-2026-01").couponRate()).isEqualByComparingTo("3.00");
        assertThat(bonds("banka").rates("TBI-2026-01").indexRule()).contains("not stepped by the surplus band");
    }

    @Test
    void theGovernedFloorHoldsAStepDown() {
        as("centralbank").governance().setParameter("rateFloorPct", "2.40", null); // a TREASURY parameter
        tick();
        for (String m : List.of("2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            post(m, "13", null);
        }
        // exports 1: ratio (1 - 10) / 100 = -9%; five months of 3% and one of -9% average 1%, below the band
        bonds("regulator").postTrade("2026-01", "1", "10", "100", null);
        tick();
        RateReset reset = post("2026-02", "13", null).resets().get(0); // 2nd month below: 2.50 - 0.25 = 2.25
        assertThat(reset.rule()).isEqualTo(RateReset.Rule.STEP_DOWN);
        assertThat(reset.rate()).isEqualByComparingTo("2.40"); // held at the governed floor, not the series' 0
        assertThat(reset.parameters()).containsEntry("rateFloorPct", new BigDecimal("2.40"));
    }

    @Test
    void aGovernedStepAppliesFromTheNextMonthAndTheResetCitesIt() {
        for (String m : List.of("2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            post(m, "13", null);
        }
        post("2026-01", "22", null);
        as("centralbank").governance().setParameter("stepBp", "50", "faster convergence");
        tick();
        RateReset reset = post("2026-02", "13", null).resets().get(0);
        assertThat(reset.rate()).isEqualByComparingTo("3.00"); // 2.50 + 50 bp, at the cap 3.00
        assertThat(reset.reason()).contains("+50 bp");
        assertThat(reset.parameters())
                .containsEntry("stepBp", new BigDecimal("50"))
                .containsEntry("bandLowPct", new BigDecimal("2"))
                .containsEntry("bandHighPct", new BigDecimal("4"));
    }

    @Test
    void onlyStatisticsPostsOneMonthAtATimeAndOnce() {
        assertRejected(
                ErrorCode.FORBIDDEN, "BankAMSP may not post trade data: needs role STATISTICS", () -> bonds("banka")
                        .postTrade("2026-01", "13", "10", "100", null));
        post("2026-01", "13", null);
        assertRejected(
                ErrorCode.ALREADY_EXISTS, () -> bonds("regulator").postTrade("2026-01", "13", "10", "100", null));
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "trade data is posted month by month: next is 2026-02, not 2026-03",
                () -> bonds("regulator").postTrade("2026-03", "13", "10", "100", null));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "gdp 0 must be more than zero", () -> bonds("regulator")
                .postTrade("2026-02", "13", "10", "0", null));
        assertThat(bonds("banka").tradeMonths()).hasSize(1);
    }

    @Test
    void ratesShowTheSuggestedNextTranche() {
        for (String m : List.of("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            post(m, "13", null);
        }
        post("2026-01", "16", null); // 6%: the 3-month average crosses above the 6-month one
        assertThat(bonds("banka").rates(EXPORT_BOND).signal()).isEqualTo(SeriesRates.Signal.EXPORT);
    }
}
