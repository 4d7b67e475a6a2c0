package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.as;
import static io.bondbridge.client.network.FabricNetwork.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.Program;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.TrancheResult;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.GatewayTransport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 3-month/6-month crossover drives issuance on Fabric (issue 14, item 2). Seven months of this test's own
 * data decide the signal, whatever other tests posted before: six at exports 290, imports 240, GDP 1560 (surplus
 * 50 / 1560 = 3.205128%), then one at exports = imports (0%). At the seventh month the 3-month average (2 x
 * 0.03205128 + 0) / 3 = 0.02136752 falls below the 6-month one (5 x 0.03205128 + 0) / 6 = 0.02670940, where a month
 * earlier both were 0.03205128: an IMPORT signal, stored with its month, opening a TRADE_IMPORT tranche window.
 */
class TrancheNetworkIT extends LiveNetworkTest {
    @Test
    void aCrossoverBelowOpensAnImportTrancheWindowThatClosesOnTime() {
        String run = FabricNetwork.runId();
        List<TradeMonth> posted = as("regulator").bonds().tradeMonths();
        YearMonth first = posted.isEmpty()
                ? YearMonth.now(ZoneOffset.UTC).minusMonths(24)
                : YearMonth.parse(posted.get(posted.size() - 1).month()).plusMonths(1);
        for (int m = 0; m < 6; m++) {
            as("regulator").bonds().postTrade(first.plusMonths(m).toString(), "290", "240", "1560", "31.5");
        }
        String month = first.plusMonths(6).toString();
        TradeSignal signal = as("regulator")
                .bonds()
                .postTrade(month, "240", "240", "1560", "31.5")
                .signal();
        assertThat(signal.signal()).isEqualTo(SeriesRates.Signal.IMPORT);
        assertThat(signal.program()).isEqualTo(Program.TRADE_IMPORT);
        assertThat(signal.month()).isEqualTo(month);
        assertThat(signal.average3()).isEqualByComparingTo("0.02136752");
        assertThat(signal.average6()).isEqualByComparingTo("0.02670940");
        assertThat(Duration.between(signal.opensAt(), signal.closesAt()))
                .isEqualTo(Duration.ofDays(signal.windowDays()));
        eventually(() -> as("bankb").bonds().signals(), l -> l.contains(signal));

        // the coupon: import base + import spread, as governed on this network (defaults 3.00% + 50 bp = 3.50%)
        List<ParamValue> params = as("regulator").governance().parameters();
        BigDecimal expected = value(params, "importBasePct")
                .add(value(params, "importSpreadBp").movePointLeft(2));
        String series = "ITT-" + run;
        TrancheResult t = as("centralbank").bonds().tranche(terms(series, "TRADE_IMPORT", "CHIP_EQUIPMENT"), month);
        assertThat(t.series().couponRate()).isEqualByComparingTo(expected);
        assertThat(t.tranche().signalMonth()).isEqualTo(month);
        var shown = eventually(() -> as("regulator").bonds().show(series), v -> v.tranche() != null);
        assertThat(shown.tranche().signal()).isEqualTo(SeriesRates.Signal.IMPORT);
        assertThat(as("regulator").bonds().rates(series).tranche().signalMonth())
                .isEqualTo(month);

        // inside the window: DvP issue
        fundBankA(run);
        as("banka").bonds().subscribe(series, "banka:main", "1000.00");
        var issued = eventually(() -> as("centralbank").bonds().issue(series, "banka:main", "10", "100.00"));
        assertThat(issued.cash()).isEqualTo(Amount.parseExact("1000.00"));

        // an export tranche under an IMPORT signal: rejected
        assertThatThrownBy(() ->
                        as("centralbank").bonds().tranche(terms("ITE-" + run, "TRADE_EXPORT", "SEMICONDUCTORS"), month))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_VIOLATION));

        // after the window (a transaction stamped an hour after it closed): neither a tranche nor an issue
        try (GatewayTransport late =
                FabricNetwork.at("centralbank", signal.closesAt().plusSeconds(3600))) {
            BondBridge treasury = BondBridge.open(late);
            assertThatThrownBy(() ->
                            treasury.bonds().tranche(terms("ITU-" + run, "TRADE_IMPORT", "CHIP_EQUIPMENT"), month))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EXPIRED));
            assertThatThrownBy(() -> treasury.bonds().issue(series, "banka:main", "1", "100.00"))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EXPIRED));
        }
    }

    private static BigDecimal value(List<ParamValue> params, String name) {
        return params.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private static SeriesTerms terms(String id, String program, String tag) {
        LocalDate issue = LocalDate.now(ZoneOffset.UTC);
        return new SeriesTerms(
                id,
                "CNY",
                "100.00",
                "FIXED",
                null,
                2,
                issue.toString(),
                issue.plusYears(3).toString(),
                "ACT/365F",
                "1000",
                program,
                tag,
                null);
    }

    private static void fundBankA(String run) {
        as("centralbank")
                .reserves()
                .add(new AssetSpec(
                        "IT-TR-CASH-" + run,
                        "CNY",
                        AssetClass.CASH,
                        "CNY",
                        new BigDecimal("10000"),
                        BigDecimal.ONE,
                        null,
                        null,
                        "PBOC",
                        null));
        as("centralbank").stableUnits().mint("CNY", "banka:main", "1000.00");
    }
}
