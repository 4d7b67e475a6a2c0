package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.ReservePolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The liquidity rule counts what the papers count (issue 14 item 9): "at least 90% of reserves in Treasuries of one
 * year or less". By default it counts TBILL and GOV_BOND maturing within a year, over every class but cash and
 * deposits; the policy names other classes, and may require 100%. Every reserve here backs a first mint of
 * 100,000.00 CNY, so the rule binds (and coverage never does).
 */
class ShortShareTest extends StableFixture {

    private void reserve(List<io.bondbridge.api.stable.AssetSpec> assets) {
        as("centralbank").reserves().addAll(assets);
        tick();
    }

    private void policy(String minShortShare, List<AssetClass> counted, List<AssetClass> exempt) {
        as("centralbank")
                .reserves()
                .setPolicy(
                        "CNY",
                        new ReservePolicy.PolicyChange(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                minShortShare == null ? null : new BigDecimal(minShortShare),
                                null,
                                counted,
                                exempt));
        tick();
    }

    private void mints() {
        as("centralbank").stableUnits().mint("CNY", "banka:main", "100000.00");
        tick();
    }

    private void mintRejected(String share) {
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "share maturing within one year " + share + " below minimum",
                () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "100000.00"));
    }

    @Test
    void theDefaultsAreTreasuriesOverEverythingButCashAndDeposits() {
        ReservePolicy p = as("regulator").reserves().policy("CNY");
        assertThat(p.minShortShare()).isEqualByComparingTo("0.90");
        assertThat(p.shortShareClasses()).containsExactly(AssetClass.TBILL, AssetClass.GOV_BOND);
        assertThat(p.shortShareExempt()).containsExactly(AssetClass.CASH, AssetClass.FX_DEPOSIT);
    }

    @Test
    void billsAndBondsWithinAYearCountAndALongBondDoesNot() {
        // measured 850,000 + 100,000 + 50,000 = 1,000,000; within a year 850,000 + 100,000 = 950,000: 0.95 >= 0.90
        reserve(List.of(
                cash("C", "CNY", "200000.00"),
                asset("BILL", AssetClass.TBILL, "CNY", "850000", "1", today().plusDays(60)),
                asset("SHORT-BOND", AssetClass.GOV_BOND, "CNY", "100000", "1", today().plusDays(200)),
                asset("LONG-BOND", AssetClass.GOV_BOND, "CNY", "50000", "1", today().plusYears(3))));
        mints();
        // 60,000 more of the long bond: 950,000 / 1,060,000 = 0.89622... < 0.90
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "share maturing within one year 0.8962 below minimum 0.9000",
                () -> as("centralbank")
                        .reserves()
                        .add(asset("LONG-2", AssetClass.GOV_BOND, "CNY", "60000", "1", today().plusYears(3))));
    }

    @Test
    void cashDoesNotCountTowardTheShareOfTreasuries() {
        // Counting cash as short (the old rule) gave (10,000,000 + 800,000) / 11,000,000 = 0.98. Treasuries within
        // a year over all but cash: 800,000 / 1,000,000 = 0.80 < 0.90.
        reserve(List.of(
                cash("C", "CNY", "10000000.00"),
                asset("BILL", AssetClass.TBILL, "CNY", "800000", "1", today().plusDays(60)),
                asset("LONG-BOND", AssetClass.GOV_BOND, "CNY", "200000", "1", today().plusYears(3))));
        mintRejected("0.8000");
    }

    @Test
    void goldAndMetalsOnDemandAreMeasuredButNotCounted() {
        // 850,000 bills / (850,000 + 150,000 gold) = 0.85 < 0.90 (gold has no maturity: the old rule counted it)
        reserve(List.of(
                asset("BILL", AssetClass.TBILL, "CNY", "850000", "1", today().plusDays(60)),
                asset("GOLD", AssetClass.GOLD, "CNY", "150000", "1", null)));
        mintRejected("0.8500");
    }

    @Test
    void aReserveOfCashAloneMeetsTheRule() {
        reserve(List.of(cash("C", "CNY", "1000000.00")));
        mints();
        assertThat(as("regulator").audit().reserves("CNY").breaches()).isEmpty();
    }

    @Test
    void aJurisdictionMayRequireAllOfIt() {
        // 1,000,000 bills and 1,000 of a long bond: 1,000,000 / 1,001,000 = 0.99900... < 1
        reserve(List.of(
                asset("BILL", AssetClass.TBILL, "CNY", "1000000", "1", today().plusDays(60)),
                asset("LONG-BOND", AssetClass.GOV_BOND, "CNY", "1000", "1", today().plusYears(3))));
        policy("1", null, null);
        mintRejected("0.9990");
        as("centralbank").reserves().remove("LONG-BOND");
        tick();
        mints();
    }

    @Test
    void thePolicyNamesTheClassesItCountsAndMeasures() {
        // bills 800,000; bonds within a year 150,000; cash 50,000
        reserve(List.of(
                cash("C", "CNY", "50000.00"),
                asset("BILL", AssetClass.TBILL, "CNY", "800000", "1", today().plusDays(60)),
                asset("SHORT-BOND", AssetClass.GOV_BOND, "CNY", "150000", "1", today().plusDays(200))));
        // bills only, cash measured: 800,000 / 1,000,000 = 0.80 < 0.90
        policy(null, List.of(AssetClass.TBILL), List.of());
        mintRejected("0.8000");
        // bills and bonds, cash measured: 950,000 / 1,000,000 = 0.95
        policy(null, List.of(AssetClass.TBILL, AssetClass.GOV_BOND), List.of());
        mints();
        assertRejected(ErrorCode.INVALID_ARGUMENT, "overlap", () -> as("centralbank")
                .reserves()
                .setPolicy(
                        "CNY",
                        new ReservePolicy.PolicyChange(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(AssetClass.TBILL),
                                List.of(AssetClass.TBILL))));
    }
}
