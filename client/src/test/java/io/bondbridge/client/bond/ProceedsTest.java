package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.DisburseResult;
import io.bondbridge.api.bond.Disbursement;
import io.bondbridge.api.bond.Proceeds;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Earmarked proceeds (issue 14 item 6): issue cash lands in the series' proceeds account, leaves it only by a
 * disbursement naming a use the program allows (recorded with its reference), and {@code bond show} reports raised,
 * disbursed by use and unspent.
 */
class ProceedsTest extends BondFixture {
    /** An export bond: its program allows NEW_ENERGY_VEHICLES, LITHIUM_BATTERIES, PHOTOVOLTAICS, SEMICONDUCTORS. */
    static final String S = "TB-EXP-2026";

    static final String PROCEEDS = "centralbank:proceeds." + S;

    @BeforeEach
    void raised() {
        create(terms(S).program("TRADE_EXPORT", "SEMICONDUCTORS").build());
        // 1,000 x 100.00 = 100,000.00 and 500 x 99.00 = 49,500.00: 149,500.00 raised
        subscribeAndIssue(S, "banka", "banka:main", "1000", "100.00");
        subscribeAndIssue(S, "bankb", "bankb:main", "500", "99.00");
    }

    private Proceeds proceeds() {
        return bonds("regulator").show(S).proceeds();
    }

    @Test
    void issueCashLandsInTheSeriesProceedsAccountNotTheIssuersMainAccount() {
        Proceeds p = proceeds();
        assertThat(p.account()).isEqualTo("CentralBankMSP:proceeds." + S);
        assertThat(p.raised().toPlainString()).isEqualTo("149500.00");
        assertThat(p.unspent().toPlainString()).isEqualTo("149500.00");
        assertThat(p.disbursed()).isEmpty();
        assertThat(p.uses())
                .containsExactly("NEW_ENERGY_VEHICLES", "LITHIUM_BATTERIES", "PHOTOVOLTAICS", "SEMICONDUCTORS");
        assertThat(cny(PROCEEDS)).isEqualTo("149500.00");
        assertThat(cny("centralbank:main")).isEqualTo(FUNDS); // untouched by the issues
    }

    @Test
    void aDisbursementPaysForAnAllowedUseAndIsRecordedWithItsReference() {
        DisburseResult first =
                bonds("centralbank").disburse(S, "bankb:main", "60000.00", "semiconductors", "FAB-2026-001");
        tick();
        bonds("centralbank").disburse(S, "bankb:main", "25000.00", "PHOTOVOLTAICS", "PV-PLANT-7");
        tick();

        Disbursement d = first.disbursement();
        assertThat(d.use()).isEqualTo("SEMICONDUCTORS");
        assertThat(d.reference()).isEqualTo("FAB-2026-001");
        assertThat(d.from()).isEqualTo("CentralBankMSP:proceeds." + S);
        assertThat(d.to()).isEqualTo("BankBMSP:main");
        // 149,500.00 - 60,000.00 = 89,500.00 after the first
        assertThat(first.proceeds().unspent().toPlainString()).isEqualTo("89500.00");

        Proceeds p = proceeds();
        assertThat(p.raised().toPlainString()).isEqualTo("149500.00");
        assertThat(p.disbursed()).containsOnlyKeys("PHOTOVOLTAICS", "SEMICONDUCTORS");
        assertThat(p.disbursed().get("SEMICONDUCTORS").toPlainString()).isEqualTo("60000.00");
        assertThat(p.disbursed().get("PHOTOVOLTAICS").toPlainString()).isEqualTo("25000.00");
        // 149,500.00 - 60,000.00 - 25,000.00 = 64,500.00, and the account holds exactly that
        assertThat(p.unspent().toPlainString()).isEqualTo("64500.00");
        assertThat(cny(PROCEEDS)).isEqualTo("64500.00");
        // Bank B paid 49,500.00 for its units and received 85,000.00: 1,000,000 - 49,500 + 85,000 = 1,035,500.00
        assertThat(cny("bankb:main")).isEqualTo("1035500.00");

        List<Disbursement> all = bonds("regulator").disbursements(S);
        assertThat(all).extracting(Disbursement::reference).containsExactlyInAnyOrder("FAB-2026-001", "PV-PLANT-7");
        assertThat(all).extracting(Disbursement::at).allSatisfy(at -> assertThat(at)
                .isNotNull());
    }

    @Test
    void aUseOutsideTheProgramIsPolicyViolationAndMovesNothing() {
        // CHIP_EQUIPMENT is an import-bond use; HOUSEHOLD_CONSUMPTION a consumption-bond use
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "use CHIP_EQUIPMENT is outside the TRADE_EXPORT program of TB-EXP-2026",
                () -> bonds("centralbank").disburse(S, "bankb:main", "1000.00", "CHIP_EQUIPMENT", "X-1"));
        assertRejected(ErrorCode.POLICY_VIOLATION, () -> bonds("centralbank")
                .disburse(S, "bankb:main", "1000.00", "HOUSEHOLD_CONSUMPTION", "X-2"));
        assertThat(proceeds().unspent().toPlainString()).isEqualTo("149500.00");
        assertThat(bonds("regulator").disbursements(S)).isEmpty();
    }

    @Test
    void proceedsLeaveOnlyByADisbursement() {
        assertRejected(ErrorCode.FORBIDDEN, "holds earmarked bond proceeds", () -> as("centralbank")
                .stableUnits()
                .transfer("CNY", PROCEEDS, "centralbank:main", "1.00"));
        assertRejected(
                ErrorCode.FORBIDDEN, () -> as("centralbank").stableUnits().redeem("CNY", PROCEEDS, "1.00"));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "earmarked", () -> as("banka")
                .governance()
                .openAccount("proceeds.MY-OWN"));
        assertThat(cny(PROCEEDS)).isEqualTo("149500.00");
    }

    @Test
    void onlyTheIssuerDisbursesAndNeverMoreThanIsUnspent() {
        assertRejected(
                ErrorCode.FORBIDDEN, () -> bonds("banka").disburse(S, "banka:main", "1.00", "SEMICONDUCTORS", "MINE"));
        // Units sent into the proceeds account by anyone else are not proceeds: the limit is what issues raised.
        as("banka").stableUnits().transfer("CNY", "banka:main", PROCEEDS, "1000.00");
        tick();
        assertThat(cny(PROCEEDS)).isEqualTo("150500.00");
        assertRejected(
                ErrorCode.INSUFFICIENT_FUNDS,
                "TB-EXP-2026 has 149500.00 CNY of unspent proceeds and cannot disburse 149500.01",
                () -> bonds("centralbank").disburse(S, "bankb:main", "149500.01", "SEMICONDUCTORS", "ALL"));
        bonds("centralbank").disburse(S, "bankb:main", "149500.00", "SEMICONDUCTORS", "ALL");
        tick();
        assertThat(proceeds().unspent().isZero()).isTrue();
        assertThat(cny(PROCEEDS)).isEqualTo("1000.00");
    }

    @Test
    void aDisbursementNeedsAReferenceAndAnOrdinaryPayee() {
        assertRejected(ErrorCode.INVALID_ARGUMENT, "reference is required", () -> bonds("centralbank")
                .disburse(S, "bankb:main", "1.00", "SEMICONDUCTORS", " "));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "more than 128", () -> bonds("centralbank")
                .disburse(S, "bankb:main", "1.00", "SEMICONDUCTORS", "R".repeat(129)));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "cannot be paid", () -> bonds("centralbank")
                .disburse(S, PROCEEDS, "1.00", "SEMICONDUCTORS", "LOOP"));
    }

    @Test
    void aSeriesWithoutProgramTagsDisbursesForGeneralUseOnly() {
        String plain = "CGB-2026-09";
        create(fixed(plain));
        subscribeAndIssue(plain, "banka", "banka:main", "10", "100.00"); // 1,000.00 raised
        assertThat(bonds("regulator").show(plain).proceeds().uses()).containsExactly(Disbursement.GENERAL);
        assertRejected(ErrorCode.POLICY_VIOLATION, () -> bonds("centralbank")
                .disburse(plain, "bankb:main", "1.00", "SEMICONDUCTORS", "B-1"));
        bonds("centralbank").disburse(plain, "bankb:main", "400.00", "general", "BUDGET-2026");
        tick();
        assertThat(bonds("regulator").show(plain).proceeds().unspent().toPlainString())
                .isEqualTo("600.00");
    }
}
