package io.bondbridge.client.bond;

import io.bondbridge.chaincode.bond.Bonds;
import io.bondbridge.chaincode.bond.SeriesTerms;
import io.bondbridge.client.stable.StableFixture;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * A ledger with CNY stable units (reserve 100,000,000.00 cash; 1,000,000.00 minted to Bank A, Bank B and the
 * central bank's main account) and helpers to create, subscribe and issue series. The clock starts 2026-01-05.
 */
abstract class BondFixture extends StableFixture {
    static final String FUNDS = "1000000.00";

    @BeforeEach
    void fundBanks() {
        as("centralbank").reserves().add(cash("CNY-CASH-1", "CNY", "100000000.00"));
        tick();
        for (String account : new String[] {"banka:main", "bankb:main", "centralbank:main"}) {
            as("centralbank").stableUnits().mint("CNY", account, FUNDS);
            tick();
        }
    }

    BondClient bonds(String org) {
        return as(org).bonds();
    }

    /** FIXED 2.50%, semi-annual, ACT/365F, face 100.00 CNY, 2026-01-01 to 2031-01-01, 10,000 units authorized. */
    static SeriesTerms fixed(String id) {
        return new SeriesTerms(
                id,
                "CNY",
                "100.00",
                "FIXED",
                "2.50",
                2,
                "2026-01-01",
                "2031-01-01",
                "ACT/365F",
                "10000",
                null,
                null,
                null);
    }

    static SeriesTerms with(SeriesTerms t, String couponType, String rate, String program, String tag) {
        return new SeriesTerms(
                t.seriesId(),
                t.currency(),
                t.face(),
                couponType,
                rate,
                t.frequency(),
                t.issueDate(),
                t.maturity(),
                t.dayCount(),
                t.authorized(),
                program,
                tag,
                t.rateCap());
    }

    Bonds.Created create(SeriesTerms terms) {
        Bonds.Created c = bonds("centralbank").create(terms);
        tick();
        return c;
    }

    /** The buyer's owner subscribes for exactly units x price, then the treasury issues. */
    Bonds.IssueResult subscribeAndIssue(String series, String org, String account, String units, String price) {
        String cash = new java.math.BigDecimal(units)
                .multiply(new java.math.BigDecimal(price))
                .setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
        bonds(org).subscribe(series, account, cash);
        tick();
        Bonds.IssueResult r = bonds("centralbank").issue(series, account, units, price);
        tick();
        return r;
    }

    String cny(String account) {
        return as("regulator").stableUnits().balance("CNY", account).balance().toPlainString();
    }

    String units(String series, String account) {
        return bonds("regulator").holdings(series, account).get(0).units().toPlainString();
    }

    /** Moves the clock to {@code iso} (forward only). */
    void at(String iso) {
        Instant t = Instant.parse(iso);
        if (t.isBefore(now)) {
            throw new IllegalStateException("clock moves forward only");
        }
        now = t;
    }
}
