package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.bond.SeriesView;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.client.embedded.Endorsement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Constant-cost bond supply (issue 12): an issue reads the series' running totals row instead of summing every
 * supply row, so its reads do not grow with the series' history and it makes no range read (which made concurrent
 * issues phantom reads of each other), while issued and outstanding stay exact.
 */
class SupplyTotalsTest extends BondFixture {
    static final String S = "CGB-2026-01";

    private Endorsement simulateIssue(String units) {
        return ledger.simulate(ledger.propose(
                DefaultParticipants.CENTRAL_BANK,
                "bond",
                "issue",
                List.of(S, "banka:main", units, "100.00"),
                Map.of(),
                now));
    }

    @Test
    void anIssueReadsAsManyKeysAfter500EarlierIssuesAsAfter10AndNoRange() {
        create(fixed(S));
        bonds("banka").subscribe(S, "banka:main", "1000000.00");
        tick();
        for (int i = 0; i < 10; i++) {
            bonds("centralbank").issue(S, "banka:main", "1.00", "100.00");
        }
        tick();
        Endorsement after10 = simulateIssue("1.00");
        for (int i = 10; i < 500; i++) {
            bonds("centralbank").issue(S, "banka:main", "1.00", "100.00");
        }
        tick();
        Endorsement after500 = simulateIssue("1.00");

        assertThat(after10.ok()).as(after10.message()).isTrue();
        assertThat(after500.ok()).as(after500.message()).isTrue();
        assertThat(after500.pointReads()).hasSameSizeAs(after10.pointReads());
        assertThat(after10.rangeReads()).isZero();
        assertThat(after500.rangeReads()).isZero();
        assertThat(after500.pointReads()).anyMatch(k -> k.contains("bond.totals"));
        // 500 issues of 1.00 unit at 100.00: 500.00 units, 50,000.00 raised
        SeriesView v = bonds("regulator").show(S);
        assertThat(v.issued().toPlainString()).isEqualTo("500.00");
        assertThat(v.outstanding().toPlainString()).isEqualTo("500.00");
        assertThat(v.proceeds().raised().toPlainString()).isEqualTo("50000.00");
    }

    @Test
    void redemptionsAndBuybacksKeepTheRunningTotalsExact() {
        create(terms(S).frequency(1)
                .dates("2026-01-01", "2027-01-01")
                .dayCount("30/360")
                .authorized("1000")
                .build());
        subscribeAndIssue(S, "banka", "banka:main", "300", "99.00"); // 29,700.00
        subscribeAndIssue(S, "bankb", "bankb:main", "200", "99.50"); // 19,900.00
        bonds("bankb").tender(S, "bankb:main", "50", "100.00");
        tick();
        bonds("centralbank").buyback(S, "bankb:main", "50", "100.00");
        tick();
        at("2027-01-02T00:00:00Z");
        bonds("banka").redeem(S, "banka:main");
        tick();
        SeriesView v = bonds("regulator").show(S);
        // issued 300 + 200 = 500; outstanding 500 - 50 bought back - 300 redeemed = 150
        assertThat(v.issued().toPlainString()).isEqualTo("500.00");
        assertThat(v.outstanding().toPlainString()).isEqualTo("150.00");
        // raised 29,700.00 + 19,900.00 = 49,600.00; buybacks and principal are paid from the paying account
        assertThat(v.proceeds().raised().toPlainString()).isEqualTo("49600.00");
        assertThat(units(S, "bankb:main")).isEqualTo("150.00");
    }
}
