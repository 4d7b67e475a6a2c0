package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A GOV_BOND reserve asset that is one of this ledger's own bond series (docs/DOMAIN.md section 3): its terms come from the
 * series, its quantity is checked against what the custodian holds, and while it exists those units cannot leave.
 *
 * <p>The HK central bank (CENTRAL_BANK and CUSTODIAN, so it may hold bonds and record reserve assets) buys 1,000
 * units of a CNY series and records 800 of them in the CNY reserve.
 */
class BondReserveLinkTest extends BondFixture {
    private static final String SERIES = "CGB-2026-01";

    @BeforeEach
    void hkCentralBankHoldsBonds() {
        create(fixed(SERIES));
        as("centralbank").stableUnits().mint("CNY", "hkcentralbank:main", "200000.00");
        tick();
        subscribeAndIssue(SERIES, "hkcentralbank", "hkcentralbank:main", "1000", "100.00");
        // The link is under test, not the short-share rule: a five-year bond beside cash alone would break it.
        as("centralbank")
                .reserves()
                .setPolicy(
                        "CNY",
                        new ReservePolicy.PolicyChange(null, null, null, null, null, null, BigDecimal.ZERO, null));
        tick();
    }

    private static AssetSpec linked(String id, String quantity) {
        return spec(id, AssetClass.GOV_BOND, quantity, null, SERIES);
    }

    private static AssetSpec spec(String id, AssetClass c, String quantity, String maturity, String series) {
        return new AssetSpec(
                id,
                null,
                c,
                "CNY",
                new BigDecimal(quantity),
                new BigDecimal("99.50"),
                maturity == null ? null : LocalDate.parse(maturity),
                null,
                null,
                null,
                series);
    }

    private ReserveAsset record(String quantity) {
        ReserveAsset a = as("hkcentralbank")
                .reserves()
                .add(linked("HK-CGB", quantity))
                .assets()
                .get(0);
        tick();
        return a;
    }

    private void transfer(String units) {
        bonds("hkcentralbank").transfer(SERIES, "hkcentralbank:main", "bankb:main", units);
        tick();
    }

    @Test
    void takesMaturityIssuerAndCurrencyFromTheSeries() {
        ReserveAsset a = record("800");
        assertThat(a.series()).isEqualTo(SERIES);
        assertThat(a.maturity()).isEqualTo(LocalDate.parse("2031-01-01"));
        assertThat(a.issuer()).isEqualTo("CentralBankMSP");
        assertThat(a.custodian()).isEqualTo("HKCentralBankMSP");
        assertThat(a.reserve()).isEqualTo("CNY");
    }

    @Test
    void rejectsAQuantityAboveWhatTheCustodianHolds() {
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "reserve asset HK-CGB cannot count 1000.01",
                () -> as("hkcentralbank").reserves().add(linked("HK-CGB", "1000.01")));
        record("1000");
    }

    @Test
    void countsAHoldingOnlyOnce() {
        record("600");
        assertRejected(
                ErrorCode.ALREADY_EXISTS, () -> as("hkcentralbank").reserves().add(linked("HK-CGB-2", "100")));
    }

    @Test
    void rejectsTermsThatContradictTheSeries() {
        AssetSpec wrongMaturity = spec("HK-CGB", AssetClass.GOV_BOND, "10", "2030-01-01", SERIES);
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "HK-CGB maturity 2030-01-01 differs from bond series CGB-2026-01's 2031-01-01",
                () -> as("hkcentralbank").reserves().add(wrongMaturity));
        AssetSpec bill = spec("HK-CGB", AssetClass.TBILL, "10", "2026-02-01", SERIES);
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "HK-CGB names bond series CGB-2026-01 but is TBILL, not GOV_BOND",
                () -> as("hkcentralbank").reserves().add(bill));
        AssetSpec unknown = spec("HK-CGB", AssetClass.GOV_BOND, "10", null, "NO-SUCH-SERIES");
        assertRejected(ErrorCode.NOT_FOUND, () -> as("hkcentralbank").reserves().add(unknown));
    }

    @Test
    void pledgedUnitsCannotLeaveUntilTheAssetShrinksOrGoes() {
        record("800");
        // 1,000 held, 800 pledged: 200 may go, 200.01 may not.
        assertRejected(ErrorCode.POLICY_VIOLATION, "200.01 units cannot leave HKCentralBankMSP:main", () -> bonds(
                        "hkcentralbank")
                .transfer(SERIES, "hkcentralbank:main", "bankb:main", "200.01"));
        transfer("200");
        assertThat(units(SERIES, "hkcentralbank:main")).isEqualTo("800.00");
        assertRejected(ErrorCode.POLICY_VIOLATION, "0.01 units cannot leave HKCentralBankMSP:main", () -> bonds(
                        "hkcentralbank")
                .offer(SERIES, "hkcentralbank:main", "0.01", "100.00", null));

        as("hkcentralbank").reserves().update("HK-CGB", new AssetSpec.Update(new BigDecimal("500"), null, null, null));
        tick();
        transfer("300");
        assertRejected(ErrorCode.POLICY_VIOLATION, "reserve asset HK-CGB cannot count 500.01", () -> as("hkcentralbank")
                .reserves()
                .update("HK-CGB", new AssetSpec.Update(new BigDecimal("500.01"), null, null, null)));

        as("hkcentralbank").reserves().remove("HK-CGB");
        tick();
        transfer("500");
        assertThat(units(SERIES, "hkcentralbank:main")).isEqualTo("0.00");
    }

    @Test
    void unitsMovedBetweenTheCustodiansOwnAccountsStayPledged() {
        as("hkcentralbank").governance().openAccount("vault");
        tick();
        record("1000");
        bonds("hkcentralbank").transfer(SERIES, "hkcentralbank:main", "hkcentralbank:vault", "400");
        tick();
        assertThat(units(SERIES, "hkcentralbank:vault")).isEqualTo("400.00");
        assertRejected(ErrorCode.POLICY_VIOLATION, "0.01 units cannot leave HKCentralBankMSP:vault", () -> bonds(
                        "hkcentralbank")
                .transfer(SERIES, "hkcentralbank:vault", "bankb:main", "0.01"));
    }
}
