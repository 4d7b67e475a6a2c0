package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.ReservePolicyResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reserve policy's short-share minimum, bill days and haircuts are governed parameters (issue 14 item 3), owned
 * by the central bank: a currency's policy takes the values in force when it is set (its first mint sets it) for
 * each field its issuer leaves out, records them, and every check cites them.
 */
class GovernedReservePolicyTest extends StableFixture {

    private void setParam(String name, String value) {
        as("centralbank").governance().setParameter(name, value, "test");
        tick();
    }

    private void mint(String amount) {
        as("centralbank").stableUnits().mint("CNY", "banka:main", amount);
        tick();
    }

    private ReservePolicyResult setPolicy(ReservePolicy.PolicyChange change) {
        ReservePolicyResult r = as("centralbank").reserves().setPolicy("CNY", change);
        tick();
        return r;
    }

    @Test
    void aPolicyNotYetSetReadsTheParametersInForceAndRecordsThem() {
        ReservePolicy p = as("regulator").reserves().policy("CNY");
        assertThat(p.minShortShare()).isEqualByComparingTo("0.90");
        assertThat(p.governed()).containsEntry("minShortSharePct", new BigDecimal("90"));
        setParam("minShortSharePct", "85");
        setParam("haircutGoldPct", "12.5");
        p = as("regulator").reserves().policy("CNY");
        // 85% -> 0.850000, 12.5% -> 0.125000
        assertThat(p.minShortShare()).isEqualTo("0.850000");
        assertThat(p.haircuts().get(AssetClass.GOLD)).isEqualTo("0.125000");
        assertThat(p.governed())
                .containsEntry("minShortSharePct", new BigDecimal("85"))
                .containsEntry("haircutGoldPct", new BigDecimal("12.5"))
                .containsEntry("maxBillDays", new BigDecimal("93"));
    }

    @Test
    void theShortShareMinimumDecidesTheNextMintAndIsCited() {
        // 850,000 bills within a year / (850,000 + 150,000 gold measured) = 0.85
        as("centralbank")
                .reserves()
                .addAll(List.of(
                        asset("BILL", AssetClass.TBILL, "CNY", "850000", "1", today().plusDays(60)),
                        asset("GOLD", AssetClass.GOLD, "CNY", "150000", "1", null)));
        tick();
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "share maturing within one year 0.8500 below minimum 0.9000 (governed minShortSharePct 90)",
                () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "100000.00"));
        setParam("minShortSharePct", "85");
        mint("100000.00"); // 0.85 >= 0.85
        ReservePolicy stored = as("regulator").reserves().policy("CNY");
        assertThat(stored.governed()).containsEntry("minShortSharePct", new BigDecimal("85"));

        // Back to 90: the stored policy keeps what it took until it is set again, then takes 90 and reports it.
        setParam("minShortSharePct", "90");
        mint("1.00");
        ReservePolicyResult r = setPolicy(ReservePolicy.PolicyChange.NONE);
        assertThat(r.policy().minShortShare()).isEqualTo("0.900000");
        assertThat(r.breaches()).containsExactly("minShortShare");
        assertThat(r.breachMessages().get(0)).contains("below minimum 0.9000 (governed minShortSharePct 90)");

        // The issuer's own value wins over the parameter and is no longer recorded as governed.
        r = setPolicy(new ReservePolicy.PolicyChange(null, null, null, null, null, null, new BigDecimal("0.8"), null));
        assertThat(r.policy().minShortShare()).isEqualTo("0.800000");
        assertThat(r.policy().governed()).doesNotContainKey("minShortSharePct");
        assertThat(r.breaches()).isEmpty();
        setParam("minShortSharePct", "95");
        assertThat(setPolicy(ReservePolicy.PolicyChange.NONE).policy().minShortShare())
                .isEqualTo("0.800000");
    }

    @Test
    void theBillDaysDecideWhatTheReserveTakesAndAreCited() {
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "TBILL BILL matures in 100 days, above the maximum 93 days (governed maxBillDays 93)",
                () -> as("centralbank")
                        .reserves()
                        .add(asset("BILL", AssetClass.TBILL, "CNY", "1000000", "1", today().plusDays(100))));
        setParam("maxBillDays", "100");
        as("centralbank").reserves().add(asset("BILL", AssetClass.TBILL, "CNY", "1000000", "1", today().plusDays(100)));
        tick();
        mint("100000.00");
        ReservePolicy p = as("regulator").reserves().policy("CNY");
        assertThat(p.maxBillDays()).isEqualTo(100);
        assertThat(p.governed()).containsEntry("maxBillDays", new BigDecimal("100"));
    }

    @Test
    void theHaircutsDecideCoverageAndAreCited() {
        as("centralbank").reserves().add(asset("BILL", AssetClass.TBILL, "CNY", "100000", "1", today().plusDays(60)));
        tick();
        setParam("haircutTbillPct", "2");
        // 100,000 x (1 - 0.02) = 98,000 after haircuts < 99,000 units
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "haircuts TBILL 0.020000 (governed haircutTbillPct 2)",
                () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "99000.00"));
        setParam("haircutTbillPct", "1");
        // 100,000 x (1 - 0.01) = 99,000 after haircuts: exactly covers 99,000 units
        mint("99000.00");
        assertThat(as("regulator").reserves().policy("CNY").haircuts().get(AssetClass.TBILL))
                .isEqualTo("0.010000");
    }

    @Test
    void onlyTheCentralBankSetsThemAndEachChangeIsRecorded() {
        assertRejected(
                ErrorCode.FORBIDDEN,
                "BankAMSP may not set minShortSharePct: needs role CENTRAL_BANK",
                () -> as("banka").governance().setParameter("minShortSharePct", "85", null));
        assertRejected(
                ErrorCode.FORBIDDEN,
                "RegulatorMSP may not set haircutTbillPct: needs role CENTRAL_BANK",
                () -> as("regulator").governance().setParameter("haircutTbillPct", "1", null));
        Instant first = now;
        setParam("haircutTbillPct", "2");
        Instant second = now;
        setParam("haircutTbillPct", "1");
        List<ParamValue> h = as("banka").governance().parameterHistory("haircutTbillPct");
        assertThat(h)
                .extracting(ParamValue::value)
                .map(BigDecimal::toPlainString)
                .containsExactly("0.5", "2", "1");
        assertThat(h)
                .extracting(ParamValue::previous)
                .map(v -> v == null ? null : v.toPlainString())
                .containsExactly(null, "0.5", "2");
        assertThat(h).extracting(ParamValue::at).containsExactly(null, first, second);
        assertThat(h.get(1).setBy()).isEqualTo("CentralBankMSP");
    }

    @Test
    void aPercentageAPolicyHoldsAsARatioHasAtMostFourPlaces() {
        // 0.12345% would be the ratio 0.0012345, more than the policy's 6 places
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "haircutTbillPct 0.12345 has more than 4 decimal places",
                () -> as("centralbank").governance().setParameter("haircutTbillPct", "0.12345", null));
    }
}
