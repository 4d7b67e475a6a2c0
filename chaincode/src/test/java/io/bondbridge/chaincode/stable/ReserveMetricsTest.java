package io.bondbridge.chaincode.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Valuation and policy limits as plain Java, without a ledger. */
class ReserveMetricsTest {
    static final LocalDate DAY = LocalDate.parse("2026-01-05");
    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    static final UsdRates RATES = c -> switch (c) {
        case "USD" -> BigDecimal.ONE;
        case "CNY" -> new BigDecimal("0.14");
        default -> throw LedgerException.of(ErrorCode.NOT_FOUND, "no rate for %s", c);
    };

    static ReserveAsset asset(
            String id, AssetClass c, String ccy, String qty, String price, LocalDate maturity, String custodian) {
        return new ReserveAsset(
                id,
                "CNY",
                c,
                ccy,
                new BigDecimal(qty),
                new BigDecimal(price),
                AT,
                maturity,
                custodian,
                custodian,
                new ReserveAsset.Attestation("CentralBankMSP", AT, null),
                "CentralBankMSP",
                null);
    }

    static ReserveMetrics metrics(ReservePolicy policy, String units, ReserveAsset... assets) {
        Valuation v = new Valuation("CNY", policy, RATES, DAY, ReservePricing.RECORDED);
        return ReserveMetrics.of(
                "CNY", policy, List.of(assets).stream().map(v::value).toList(), Amount.parse(units, 2, "units"));
    }

    static ReservePolicy policy() {
        return ReservePolicy.defaults("CNY", "CentralBankMSP");
    }

    @Test
    void valuesConvertThroughUsdAndRoundDownOnce() {
        Valuation v = new Valuation("CNY", policy(), RATES, DAY, ReservePricing.RECORDED);
        // 3 x 0.333333 = 0.999999 CNY -> 0.99
        assertThat(v.value(asset("A", AssetClass.CASH, "CNY", "3", "0.333333", null, "X"))
                        .marketValue()
                        .toPlainString())
                .isEqualTo("0.99");
        // 1 USD / 0.14 = 7.142857... CNY -> 7.14; FX_DEPOSIT haircut 1%: 7.0686 -> 7.06
        ValuedAsset usd = v.value(asset("B", AssetClass.FX_DEPOSIT, "USD", "1", "1", null, "X"));
        assertThat(usd.marketValue().toPlainString()).isEqualTo("7.14");
        assertThat(usd.adjustedValue().toPlainString()).isEqualTo("7.06");
        assertThatThrownBy(() -> v.value(asset("C", AssetClass.FX_DEPOSIT, "EUR", "1", "1", null, "X")))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("NOT_FOUND");
    }

    @Test
    void maturityBucketsHaveInclusiveEdges() {
        Valuation v = new Valuation("CNY", policy(), RATES, DAY, ReservePricing.RECORDED);
        assertThat(v.bucket(AssetClass.TBILL, DAY.minusDays(3))).isEqualTo("<=7d");
        assertThat(v.bucket(AssetClass.TBILL, DAY.plusDays(7))).isEqualTo("<=7d");
        assertThat(v.bucket(AssetClass.TBILL, DAY.plusDays(8))).isEqualTo("<=93d");
        assertThat(v.bucket(AssetClass.TBILL, DAY.plusDays(93))).isEqualTo("<=93d");
        assertThat(v.bucket(AssetClass.GOV_BOND, DAY.plusDays(94))).isEqualTo("<=1y");
        assertThat(v.bucket(AssetClass.GOV_BOND, DAY.plusYears(1))).isEqualTo("<=1y");
        assertThat(v.bucket(AssetClass.GOV_BOND, DAY.plusYears(1).plusDays(1))).isEqualTo(">1y");
        assertThat(v.bucket(AssetClass.CASH, null)).isEqualTo("<=7d");
        assertThat(v.bucket(AssetClass.FX_DEPOSIT, null)).isEqualTo("<=7d");
        assertThat(v.bucket(AssetClass.GOLD, null)).isEqualTo(">1y");
    }

    @Test
    void coverageExactlyAtTheMinimumHoldsAndOneMinorUnitBelowBreaks() {
        ReserveAsset cash = asset("A", AssetClass.CASH, "CNY", "1000", "1", null, "X");
        assertThat(metrics(policy(), "1000.00", cash).breaches()).isEmpty();
        assertThat(metrics(policy(), "1000.01", cash).breaches())
                .extracting(Breach::limit)
                .containsExactly("minCoverage");
        assertThat(metrics(policy(), "0.00", cash).coverage()).isNull();
        assertThat(metrics(policy(), "0.00").breaches())
                .as("nothing binds without units")
                .isEmpty();
    }

    @Test
    void concentrationLimitsNameTheirSubject() {
        ReservePolicy p = policy().apply(
                        new ReservePolicy.PolicyChange(
                                null,
                                null,
                                null,
                                Map.of(AssetClass.GOLD, new BigDecimal("0.10")),
                                new BigDecimal("0.60"),
                                new BigDecimal("0.50"),
                                new BigDecimal("0.85"),
                                30),
                        "CentralBankMSP",
                        "CentralBankMSP",
                        AT);
        ReserveMetrics m = metrics(
                p,
                "1.00",
                asset("A", AssetClass.CASH, "CNY", "700", "1", null, "Custodian One"),
                asset("G", AssetClass.GOLD, "CNY", "200", "1", null, "Vault"),
                asset("B", AssetClass.TBILL, "CNY", "100", "1", DAY.plusDays(45), "Vault"));
        assertThat(m.breaches())
                .extracting(Breach::limit)
                .containsExactly(
                        "maxClassWeight:GOLD",
                        "maxCustodianWeight:Custodian One",
                        "maxIssuerWeight:Custodian One",
                        "minShortShare",
                        "maxBillDays:B");
        assertThat(m.breaches().get(0).message())
                .isEqualTo("GOLD weight 0.2000 above maximum 0.1000 in the CNY reserve (200.00 of 1000.00)");
        assertThat(m.weights(m.byClass())).containsEntry("CASH", new BigDecimal("0.7000"));
    }

    @Test
    void aChangeCausesOnlyNewOrWorseBreaches() {
        Breach before = new Breach("minCoverage", "m", new BigDecimal("0.95"), BigDecimal.ONE, false);
        Breach same = new Breach("minCoverage", "m", new BigDecimal("0.95"), BigDecimal.ONE, false);
        Breach worse = new Breach("minCoverage", "m", new BigDecimal("0.94"), BigDecimal.ONE, false);
        Breach weight = new Breach("maxClassWeight:GOLD", "m", new BigDecimal("0.2"), new BigDecimal("0.1"), true);
        assertThat(ReserveMetrics.caused(List.of(before), List.of(same))).isEmpty();
        assertThat(ReserveMetrics.caused(List.of(before), List.of(worse))).containsExactly(worse);
        assertThat(ReserveMetrics.caused(List.of(before), List.of(same, weight)))
                .containsExactly(weight);
    }

    @Test
    void recordsRoundTripThroughTheCodecByteForByte() {
        ReserveAsset a = asset("A", AssetClass.TBILL, "CNY", "1000.500", "0.99680", DAY.plusDays(30), "X");
        String json = Json.write(a);
        assertThat(json).contains("\"quantity\":\"1000.5\"").contains("\"unitPrice\":\"0.9968\"");
        assertThat(Json.write(Json.read(json, ReserveAsset.class))).isEqualTo(json);
        ReservePolicy p = policy();
        assertThat(Json.write(Json.read(Json.write(p), ReservePolicy.class))).isEqualTo(Json.write(p));
        assertThat(Json.write(p))
                .isEqualTo(
                        "{\"currency\":\"CNY\",\"eligibleClasses\":[\"CASH\",\"FX_DEPOSIT\",\"TBILL\","
                                + "\"GOV_BOND\",\"GOLD\",\"METAL_CERTIFICATE\"],\"haircuts\":{\"CASH\":\"0.000000\",\"FX_DEPOSIT\":\"0.010000\","
                                + "\"GOLD\":\"0.100000\",\"GOV_BOND\":\"0.020000\",\"METAL_CERTIFICATE\":\"0.150000\",\"TBILL\":\"0.005000\"},"
                                + "\"issuer\":\"CentralBankMSP\",\"maxBillDays\":93,\"maxClassWeight\":{\"CASH\":\"1.000000\","
                                + "\"FX_DEPOSIT\":\"1.000000\",\"GOLD\":\"1.000000\",\"GOV_BOND\":\"1.000000\",\"METAL_CERTIFICATE\":\"1.000000\","
                                + "\"TBILL\":\"1.000000\"},\"maxCustodianWeight\":\"1.000000\",\"maxIssuerWeight\":\"1.000000\","
                                + "\"minCoverage\":\"1.000000\",\"minShortShare\":\"0.900000\","
                                + "\"shortShareClasses\":[\"TBILL\",\"GOV_BOND\"],\"shortShareExempt\":[\"CASH\",\"FX_DEPOSIT\"]}");
    }

    @Test
    void asOfPicksTheVersionOfTheTransactionOrTheLastAtOrBeforeTheTime() {
        Instant t1 = AT;
        Instant t2 = AT.plusSeconds(60);
        List<io.bondbridge.chaincode.ledger.Ledger.Version> versions = List.of(
                new io.bondbridge.chaincode.ledger.Ledger.Version("tx1", t1, "v1"),
                new io.bondbridge.chaincode.ledger.Ledger.Version("tx2", t2, "v2"),
                new io.bondbridge.chaincode.ledger.Ledger.Version("tx3", t2, null));
        assertThat(ReserveSnapshots.at(versions, t1.minusSeconds(1), null)).isEmpty();
        assertThat(ReserveSnapshots.at(versions, t1, null)).contains("v1");
        assertThat(ReserveSnapshots.at(versions, t2.minusSeconds(1), null)).contains("v1");
        assertThat(ReserveSnapshots.at(versions, t2, null)).as("deleted at t2").isEmpty();
        assertThat(ReserveSnapshots.at(versions, t2, "tx2")).contains("v2");
    }
}
