package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.as;
import static io.bondbridge.client.network.FabricNetwork.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Earmarked bond proceeds through the Gateway (issue 14 item 6): issue cash lands in the series' proceeds account,
 * a disbursement for a use the program allows pays out of it with its reference, a use outside the program is
 * POLICY_VIOLATION and a plain transfer out is FORBIDDEN, and {@code bond show} reports raised, disbursed by use
 * and unspent.
 */
class ProceedsNetworkIT extends LiveNetworkTest {
    @Test
    void proceedsLeaveTheirAccountOnlyByADisbursementForAnAllowedUse() {
        String run = FabricNetwork.runId();
        String series = "ITP-" + run;
        String proceeds = "CentralBankMSP:proceeds." + series;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as("centralbank")
                .reserves()
                .add(new AssetSpec(
                        "IT-P-CASH-" + run,
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
        as("centralbank")
                .bonds()
                .create(new SeriesTerms(
                        series,
                        "CNY",
                        "100.00",
                        "FIXED",
                        "2.00",
                        2,
                        today.toString(),
                        today.plusYears(1).toString(),
                        "ACT/365F",
                        "1000",
                        "TRADE_EXPORT",
                        "PHOTOVOLTAICS",
                        null));
        as("banka").bonds().subscribe(series, "banka:main", "1500.00");
        var issued = as("centralbank").bonds().issue(series, "banka:main", "15", "100.00");
        assertThat(issued.cash()).isEqualTo(Amount.parseExact("1500.00")); // 15 x 100.00

        var d = as("centralbank").bonds().disburse(series, "bankb:main", "600.00", "PHOTOVOLTAICS", "PV-" + run);
        assertThat(d.disbursement().from()).isEqualTo(proceeds);
        assertThat(d.proceeds().unspent()).isEqualTo(Amount.parseExact("900.00")); // 1,500.00 - 600.00

        assertThatThrownBy(() ->
                        as("centralbank").bonds().disburse(series, "bankb:main", "1.00", "CHIP_EQUIPMENT", "X-" + run))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_VIOLATION));
        assertThatThrownBy(() -> as("centralbank").stableUnits().transfer("CNY", proceeds, "centralbank:main", "1.00"))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));

        var shown = eventually(
                () -> as("regulator").bonds().show(series),
                s -> s.proceeds().unspent().equals(Amount.parseExact("900.00")));
        assertThat(shown.proceeds().raised()).isEqualTo(Amount.parseExact("1500.00"));
        assertThat(shown.proceeds().disbursed()).containsEntry("PHOTOVOLTAICS", Amount.parseExact("600.00"));
        var balance = eventually(() -> as("regulator").stableUnits().balance("CNY", proceeds), b -> b.balance()
                .equals(Amount.parseExact("900.00")));
        assertThat(balance.balance()).isEqualTo(Amount.parseExact("900.00"));
        assertThat(eventually(() -> as("regulator").bonds().disbursements(series)))
                .extracting(x -> x.reference())
                .containsExactly("PV-" + run);
    }
}
