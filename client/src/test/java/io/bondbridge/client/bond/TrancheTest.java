package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.Program;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.Tranche;
import io.bondbridge.api.bond.TrancheResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 3-month/6-month crossover drives issuance (issue 14, item 2). Months 2025-07..2025-12 post a 3% surplus
 * ratio (exports 13, imports 10, GDP 100); 2026-01 posts 0% (exports 10): the 3-month average (3 + 3 + 0) / 3 = 2%
 * falls below the 6-month one (5 x 3 + 0) / 6 = 2.5%, where a month earlier both were 3%: an IMPORT signal, which
 * opens a 30-day window for TRADE_IMPORT tranches at the import base 3.00% + 50 bp = 3.50%.
 */
class TrancheTest extends BondFixture {
    static final String IMPORT_TRANCHE = "TBI-2026-T1";

    private TradePostResult post(String month, String exports) {
        TradePostResult r = bonds("regulator").postTrade(month, exports, "10", "100", null);
        tick();
        return r;
    }

    private static SeriesTerms tranche(String id, String program, String tag) {
        return terms(id).coupon("FIXED", null).program(program, tag).build();
    }

    private TradeSignal signal;

    @BeforeEach
    void importSignal() {
        for (String m : List.of("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
            assertThat(post(m, "13").signal()).isNull();
        }
        signal = post("2026-01", "10").signal();
    }

    @Test
    void aCrossoverBelowIsStoredWithItsMonthAndFiguresAndOpensAnImportWindow() {
        assertThat(signal.month()).isEqualTo("2026-01");
        assertThat(signal.signal()).isEqualTo(SeriesRates.Signal.IMPORT);
        assertThat(signal.program()).isEqualTo(Program.TRADE_IMPORT);
        assertThat(signal.average3()).isEqualByComparingTo("0.02");
        assertThat(signal.average6()).isEqualByComparingTo("0.025");
        assertThat(signal.previousAverage3()).isEqualByComparingTo("0.03");
        assertThat(signal.previousAverage6()).isEqualByComparingTo("0.03");
        assertThat(signal.windowDays()).isEqualTo(30);
        assertThat(Duration.between(signal.opensAt(), signal.closesAt())).isEqualTo(Duration.ofDays(30));
        assertThat(bonds("banka").signals()).containsExactly(signal);
    }

    @Test
    void anImportTrancheInsideTheWindowTakesTheImportBasePlusTheSpread() {
        TrancheResult r =
                bonds("centralbank").tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2026-01");
        tick();
        assertThat(r.series().couponRate()).isEqualByComparingTo("3.50"); // 3.00 + 50 bp
        Tranche t = r.tranche();
        assertThat(t.signalMonth()).isEqualTo("2026-01");
        assertThat(t.baseRate()).isEqualByComparingTo("3.00");
        assertThat(t.spreadBp()).isEqualTo(50);
        assertThat(t.reason()).contains("IMPORT signal of 2026-01").contains("import base 3.00% + 50 bp = 3.50%");
        // bond show and bond rates say which signal opened the tranche
        assertThat(bonds("banka").show(IMPORT_TRANCHE).tranche()).isEqualTo(t);
        SeriesRates rates = bonds("banka").rates(IMPORT_TRANCHE);
        assertThat(rates.tranche()).isEqualTo(t);
        assertThat(rates.signals()).extracting(TradeSignal::month).containsExactly("2026-01");
        // units are issued inside the window
        assertThat(subscribeAndIssue(IMPORT_TRANCHE, "banka", "banka:main", "10", "100.00")
                        .units())
                .hasToString("10.00");
    }

    @Test
    void theGovernedBaseAndSpreadSetTheCoupon() {
        as("centralbank").governance().setParameter("importBasePct", "2.80", null);
        tick();
        as("centralbank").governance().setParameter("importSpreadBp", "75", null);
        tick();
        TrancheResult r =
                bonds("centralbank").tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2026-01");
        assertThat(r.series().couponRate()).isEqualByComparingTo("3.55"); // 2.80 + 0.75
    }

    @Test
    void anExportSignalOpensLowCouponExportTranches() {
        post("2026-02", "13"); // 3%: 3m (3 + 0 + 3) / 3 = 2% vs 6m (12 + 0 + 3) / 6 = 2.5%: still below, no crossing
        TradePostResult up = post("2026-03", "19"); // 9%: 3m (0 + 3 + 9) / 3 = 4% vs 6m (9 + 0 + 3 + 9) / 6 = 3.5%
        assertThat(up.signal().signal()).isEqualTo(SeriesRates.Signal.EXPORT);
        TrancheResult r =
                bonds("centralbank").tranche(tranche("TBE-2026-T1", "TRADE_EXPORT", "SEMICONDUCTORS"), "2026-03");
        assertThat(r.series().couponRate()).isEqualByComparingTo("2.00"); // export base 2.50 - 50 bp
        // the older IMPORT window does not open export tranches, nor the EXPORT one import tranches
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "the EXPORT signal of 2026-03 opens TRADE_EXPORT tranches, not TRADE_IMPORT",
                () -> bonds("centralbank")
                        .tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2026-03"));
    }

    @Test
    void aTrancheOutsideAnOpenWindowIsRejected() {
        assertRejected(ErrorCode.NOT_FOUND, "no crossover signal for 2025-12", () -> bonds("centralbank")
                .tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2025-12"));
        assertRejected(
                ErrorCode.POLICY_VIOLATION, "opens TRADE_IMPORT tranches, not TRADE_EXPORT", () -> bonds("centralbank")
                        .tranche(tranche("TBE-2026-T1", "TRADE_EXPORT", "SEMICONDUCTORS"), "2026-01"));
        assertRejected(ErrorCode.FORBIDDEN, "needs role TREASURY", () -> bonds("banka")
                .tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2026-01"));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "a tranche's coupon is set by its signal", () -> bonds("centralbank")
                .tranche(
                        terms(IMPORT_TRANCHE)
                                .coupon("FIXED", "3.50")
                                .program("TRADE_IMPORT", "CHIP_EQUIPMENT")
                                .build(),
                        "2026-01"));
        now = signal.closesAt(); // the window is [opensAt, closesAt)
        assertRejected(ErrorCode.EXPIRED, "the tranche window of the IMPORT signal of 2026-01 closed", () -> bonds(
                        "centralbank")
                .tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2026-01"));
    }

    @Test
    void aTranchesUnitsAreNotIssuedAfterItsWindowCloses() {
        bonds("centralbank").tranche(tranche(IMPORT_TRANCHE, "TRADE_IMPORT", "CHIP_EQUIPMENT"), "2026-01");
        tick();
        bonds("banka").subscribe(IMPORT_TRANCHE, "banka:main", "1000.00");
        now = signal.closesAt();
        assertRejected(
                ErrorCode.EXPIRED,
                "tranche TBI-2026-T1 was opened by the IMPORT signal of 2026-01; its window closed",
                () -> bonds("centralbank").issue(IMPORT_TRANCHE, "banka:main", "10", "100.00"));
    }
}
