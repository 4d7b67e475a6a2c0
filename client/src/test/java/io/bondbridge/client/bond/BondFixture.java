package io.bondbridge.client.bond;

import io.bondbridge.api.bond.IssueResult;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesTerms;
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
        return terms(id).build();
    }

    static SeriesTerms with(SeriesTerms t, String couponType, String rate, String program, String tag) {
        return terms(t.seriesId())
                .coupon(couponType, rate)
                .program(program, tag)
                .build();
    }

    /** The {@link #fixed} baseline, to break or change one term at a time. */
    static Terms terms(String id) {
        return new Terms(id);
    }

    static final class Terms {
        private final String id;
        private String couponType = "FIXED";
        private String rate = "2.50";
        private int frequency = 2;
        private String issueDate = "2026-01-01";
        private String maturity = "2031-01-01";
        private String dayCount = "ACT/365F";
        private String authorized = "10000";
        private String program;
        private String tag;
        private String rateCap;
        private String face = "100.00";
        private String minDenomination;

        private Terms(String id) {
            this.id = id;
        }

        Terms coupon(String type, String percent) {
            couponType = type;
            rate = percent;
            return this;
        }

        Terms frequency(int perYear) {
            frequency = perYear;
            return this;
        }

        Terms dates(String issue, String maturityDate) {
            issueDate = issue;
            maturity = maturityDate;
            return this;
        }

        Terms dayCount(String convention) {
            dayCount = convention;
            return this;
        }

        Terms authorized(String units) {
            authorized = units;
            return this;
        }

        Terms program(String name, String useOfProceeds) {
            program = name;
            tag = useOfProceeds;
            return this;
        }

        Terms rateCap(String percent) {
            rateCap = percent;
            return this;
        }

        Terms face(String perUnit) {
            face = perUnit;
            return this;
        }

        Terms minDenomination(String units) {
            minDenomination = units;
            return this;
        }

        SeriesTerms build() {
            return new SeriesTerms(
                    id,
                    "CNY",
                    face,
                    couponType,
                    rate,
                    frequency,
                    issueDate,
                    maturity,
                    dayCount,
                    authorized,
                    program,
                    tag,
                    rateCap,
                    minDenomination);
        }
    }

    SeriesCreated create(SeriesTerms terms) {
        SeriesCreated c = bonds("centralbank").create(terms);
        tick();
        return c;
    }

    /** The buyer's owner subscribes for exactly units x price, then the treasury issues. */
    IssueResult subscribeAndIssue(String series, String org, String account, String units, String price) {
        String cash = new java.math.BigDecimal(units)
                .multiply(new java.math.BigDecimal(price))
                .setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
        bonds(org).subscribe(series, account, cash);
        tick();
        IssueResult r = bonds("centralbank").issue(series, account, units, price);
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
