package io.bondbridge.api.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.governance.Param;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reserve policy built from the governed parameters: the same defaults as before, and what it took. */
class GovernedPolicyTest {

    @Test
    void theParametersDefaultsAreThePolicysBuiltInDefaults() {
        ReservePolicy governed = ReservePolicy.governedDefaults("CNY", "CentralBankMSP", Param::defaultValue);
        ReservePolicy builtIn = ReservePolicy.defaults("CNY", "CentralBankMSP");
        // 90% -> 0.900000; 93 days; haircuts 0, 1, 0.5, 2, 10, 15 % -> 0.000000 ... 0.150000
        assertThat(governed.minShortShare()).isEqualTo(ReservePolicy.DEFAULT_MIN_SHORT_SHARE);
        assertThat(governed.maxBillDays()).isEqualTo(ReservePolicy.DEFAULT_MAX_BILL_DAYS);
        assertThat(governed.haircuts()).isEqualTo(builtIn.haircuts());
        assertThat(governed.haircuts()).containsAllEntriesOf(ReservePolicy.DEFAULT_HAIRCUTS);
        assertThat(governed.governed()).hasSize(8).containsEntry("haircutTbillPct", new BigDecimal("0.5"));
        assertThat(builtIn.governed()).isNull();
    }

    @Test
    void aValueTheIssuerSetsIsNoLongerGovernedAndARefreshLeavesIt() {
        ReservePolicy p = ReservePolicy.governedDefaults("CNY", "CentralBankMSP", Param::defaultValue)
                .apply(
                        new ReservePolicy.PolicyChange(
                                null,
                                null,
                                Map.of(AssetClass.GOLD, new BigDecimal("0.2")),
                                null,
                                null,
                                null,
                                null,
                                120),
                        "CentralBankMSP",
                        "CentralBankMSP",
                        null);
        assertThat(p.governed())
                .doesNotContainKeys("haircutGoldPct", "maxBillDays")
                .hasSize(6);
        // the central bank changes three parameters: the governed fields follow, the issuer's own stay
        Map<Param, BigDecimal> now = Map.of(
                Param.MIN_SHORT_SHARE_PCT, new BigDecimal("95"),
                Param.HAIRCUT_GOLD_PCT, new BigDecimal("50"),
                Param.MAX_BILL_DAYS, new BigDecimal("60"));
        ReservePolicy refreshed = p.refreshGoverned(q -> now.getOrDefault(q, q.defaultValue()));
        assertThat(refreshed.minShortShare()).isEqualTo("0.950000");
        assertThat(refreshed.governed()).containsEntry("minShortSharePct", new BigDecimal("95"));
        assertThat(refreshed.haircuts().get(AssetClass.GOLD)).isEqualTo("0.200000");
        assertThat(refreshed.maxBillDays()).isEqualTo(120);
        assertThat(refreshed.basis(Param.MAX_BILL_DAYS)).isEqualTo("the policy's own value");
        assertThat(refreshed.basis(Param.MIN_SHORT_SHARE_PCT)).isEqualTo("governed minShortSharePct 95");
    }
}
