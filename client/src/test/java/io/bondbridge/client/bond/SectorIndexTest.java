package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SectorLink;
import io.bondbridge.api.bond.SectorPostResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sector bonds (issue 14, item 5). The essays' industry pilot: an export-upgrade bond whose coupon falls 0.1
 * percentage point for every 1 percentage point gained in overseas market share. The series starts at 3.00%, cap
 * 4.00% (the default: initial + 1.00), floor 0; the EV sector's share is 12% at link.
 */
class SectorIndexTest extends BondFixture {
    static final String EV_BOND = "TBE-EV-2026";

    private SectorPostResult share(String month, String value) {
        SectorPostResult r = bonds("regulator").postSector(IndexKind.MARKET_SHARE, "EV", month, value);
        tick();
        return r;
    }

    @BeforeEach
    void linkedSeries() {
        create(terms(EV_BOND)
                .coupon("INDEXED", "3.00")
                .program("TRADE_EXPORT", "NEW_ENERGY_VEHICLES")
                .build());
        share("2026-01", "12");
        SectorLink link = bonds("centralbank").linkIndex(EV_BOND, IndexKind.MARKET_SHARE, "EV");
        tick();
        assertThat(link.valueAtLink()).isEqualByComparingTo("12");
        assertThat(link.baseRate()).isEqualByComparingTo("3.00");
    }

    @Test
    void theCouponFallsATenthOfAPointPerPointOfShareGained() {
        RateReset r = share("2026-02", "15").resets().get(0); // 3.00 - 0.1 x (15 - 12) = 2.70
        assertThat(r.rule()).isEqualTo(RateReset.Rule.SECTOR);
        assertThat(r.rate()).isEqualByComparingTo("2.70");
        assertThat(r.parameters()).containsEntry("sectorSensitivity", new BigDecimal("0.1"));
        assertThat(r.reason()).contains("MARKET_SHARE of EV 15% vs 12% at link");
        assertThat(share("2026-03", "11").resets().get(0).rate()).isEqualByComparingTo("3.10"); // 3.00 + 0.1
        assertThat(share("2026-04", "11").resets()).isEmpty(); // no change, no reset
        // share 0%: 3.00 + 1.2 = 4.20, held at the cap 4.00
        RateReset capped = share("2026-05", "0").resets().get(0);
        assertThat(capped.rate()).isEqualByComparingTo("4.00");
        assertThat(capped.reason()).contains("held at cap 4.00%");
        // share 45%: 3.00 - 3.3 = -0.30, held at the floor 0
        assertThat(share("2026-06", "45").resets().get(0).rate()).isEqualByComparingTo("0");
        assertThat(bonds("banka").show(EV_BOND).couponRate()).isEqualByComparingTo("0");
        assertThat(bonds("banka").rates(EV_BOND).indexRule()).startsWith("MARKET_SHARE index of EV");
    }

    @Test
    void theRegionalPilotFollowsImportGrowthTheSameWay() {
        create(terms("TBI-GD-2026")
                .coupon("INDEXED", "2.50")
                .program("TRADE_IMPORT", "PRECISION_INSTRUMENTS")
                .build());
        bonds("regulator").postSector(IndexKind.IMPORT_GROWTH, "GUANGDONG", "2026-01", "20");
        tick();
        bonds("centralbank").linkIndex("TBI-GD-2026", IndexKind.IMPORT_GROWTH, "GUANGDONG");
        tick();
        // growth 25%: 2.50 - 0.1 x (25 - 20) = 2.00; a negative growth is a figure like any other
        assertThat(bonds("regulator")
                        .postSector(IndexKind.IMPORT_GROWTH, "GUANGDONG", "2026-02", "25")
                        .resets())
                .extracting(RateReset::rate)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.00"));
        tick();
        assertThat(bonds("regulator")
                        .postSector(IndexKind.IMPORT_GROWTH, "GUANGDONG", "2026-03", "-5")
                        .resets()
                        .get(0)
                        .rate())
                .isEqualByComparingTo("3.50"); // 2.50 + 2.5 = 5.00, held at the cap 3.50
    }

    @Test
    void aLinkedSeriesIsNotSteppedByTheTradeBand() {
        for (String m : List.of("2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02")) {
            bonds("regulator").postTrade(m, "22", "10", "100", null); // 12%: far above the band, every month
            tick();
        }
        assertThat(bonds("banka").rates(EV_BOND).resets()).isEmpty();
    }

    @Test
    void linkingAndPostingFollowTheirRules() {
        assertRejected(ErrorCode.CONFLICT, "already follows an index", () -> bonds("centralbank")
                .linkIndex(EV_BOND, IndexKind.MARKET_SHARE, "EV"));
        create(fixed("TBF-2026"));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "only an INDEXED series follows an index", () -> bonds("centralbank")
                .linkIndex("TBF-2026", IndexKind.MARKET_SHARE, "EV"));
        create(terms("TBE-PV-2026").coupon("INDEXED", "3.00").build());
        assertRejected(ErrorCode.NOT_FOUND, "no MARKET_SHARE figure for PV yet", () -> bonds("centralbank")
                .linkIndex("TBE-PV-2026", IndexKind.MARKET_SHARE, "PV"));
        assertRejected(ErrorCode.FORBIDDEN, "needs role STATISTICS", () -> bonds("banka")
                .postSector(IndexKind.MARKET_SHARE, "EV", "2026-02", "13"));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "next is 2026-02, not 2026-03", () -> bonds("regulator")
                .postSector(IndexKind.MARKET_SHARE, "EV", "2026-03", "13"));
        assertRejected(ErrorCode.ALREADY_EXISTS, () -> bonds("regulator")
                .postSector(IndexKind.MARKET_SHARE, "EV", "2026-01", "13"));
    }
}
