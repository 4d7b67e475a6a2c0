package io.bondbridge.client.cli.demo;

import io.bondbridge.api.Amount;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradePostResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A trade-balance export bond: the treasury creates it, STATISTICS posts trade data, Bank A subscribes and is
 * allocated by DvP, the treasury disburses the earmarked proceeds ({@link ProceedsChapter}), Bank A sells part to Bank B by DvP offer, the index steps the coupon after two months above the band,
 * holders claim their coupon (once), and redeem at maturity. The demo's clock moves forward through the year
 * (on Fabric, from a start a year in the past, up to now).
 */
final class BondChapter implements Demo.Chapter {
    /**
     * Monthly trade figures (USD bn): GDP about 18.7 tn / 12; in band 3.2%, above it 5.8%. The tranche and exit
     * chapters continue the same trade months, so they post the same GDP.
     */
    static final String GDP = "1560";

    @Override
    public String title() {
        return "Tokenized treasury bonds (a trade-balance export bond)";
    }

    @Override
    public void run(Demo demo) {
        LocalDate today = LocalDate.ofInstant(demo.now(), ZoneOffset.UTC);
        YearMonth issueMonth = YearMonth.from(today);
        String id = "TBE-" + issueMonth.toString().replace("-", "");
        // The paying account is funded from the budget: issue proceeds are earmarked for the program's uses.
        demo.as("centralbank").stableUnits().mint("CNY", "centralbank:main", "55000000.00");
        SeriesCreated c = demo.as("centralbank")
                .bonds()
                .create(new SeriesTerms(
                        id,
                        "CNY",
                        "100.00",
                        "INDEXED",
                        "2.20",
                        2,
                        today.toString(),
                        today.plusYears(1).toString(),
                        "ACT/365F",
                        "1000000",
                        "TRADE_EXPORT",
                        "NEW_ENERGY_VEHICLES",
                        "3.20"));
        demo.say(
                "the treasury creates %s: CNY face 100.00, coupon 2.20%% indexed to the trade surplus (cap 3.20%%),"
                        + " semi-annual ACT/365F, %s to %s, 1,000,000 units, proceeds tagged %s",
                id, c.series().issueDate(), c.series().maturity(), c.series().useOfProceeds());
        demo.expectRejected(
                "the treasury tries a TRADE_EXPORT series whose proceeds fund CHIP_EQUIPMENT",
                () -> demo.as("centralbank")
                        .bonds()
                        .create(new SeriesTerms(
                                id + "X",
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
                                "CHIP_EQUIPMENT",
                                null)));
        for (int back = 6; back >= 1; back--) {
            demo.as("regulator").bonds().postTrade(issueMonth.minusMonths(back).toString(), "290", "240", GDP, "31.5");
        }
        demo.say(
                "STATISTICS posts six months of trade data: exports 290, imports 240, GDP %s (USD bn): surplus"
                        + " ratio 3.21%%, inside the 2%%-4%% band",
                GDP);

        demo.as("banka").bonds().subscribe(id, "banka:main", "50000000.00");
        var issued = demo.as("centralbank").bonds().issue(id, "banka:main", "500000", "99.80");
        demo.say(
                "Bank A subscribes up to 50,000,000.00 CNY; the treasury allocates %s units at %s by DvP: Bank A"
                        + " pays %s CNY into the series' proceeds account in the same transaction",
                money(issued.units()), issued.price(), money(issued.cash()));
        demo.expectRejected(
                "the treasury tries to allocate 500,000.01 more units (authorized 1,000,000)",
                () -> demo.as("centralbank").bonds().issue(id, "banka:main", "500000.01", "99.80"));
        new ProceedsChapter(id).tell(demo);
        var offer = demo.as("banka").bonds().offer(id, "banka:main", "100000.50", "100.05", null);
        var accepted = demo.as("bankb").bonds().accept(offer.offerId(), "bankb:main");
        demo.say(
                "Bank A offers %s units at %s (locked); Bank B accepts: %s CNY against the units, one transaction",
                money(accepted.units()), accepted.price(), money(accepted.cash()));

        LocalDate couponDate = today.plusMonths(6);
        demo.at(later(demo, today.plusMonths(3)));
        for (int m = 0; m < 3; m++) {
            TradePostResult r = demo.as("regulator")
                    .bonds()
                    .postTrade(issueMonth.plusMonths(m).toString(), "330", "240", GDP, "33");
            RateReset reset = r.resets().isEmpty() ? null : r.resets().get(0);
            demo.say(
                    "  %s surplus %s: %s",
                    r.month().month(),
                    pct(r.month().surplusRatio()),
                    reset == null ? "no reset" : reset.rule() + ", " + reset.reason());
        }
        SeriesRates rates = demo.as("bankb").bonds().rates(id);
        demo.say(
                "bond rates %s: coupon now %s%%; next-tranche signal at %s: %s",
                id,
                rates.couponRate(),
                rates.signalMonth(),
                rates.signal() == null ? "none (no crossing this month)" : rates.signal());

        demo.at(later(demo, couponDate.minusDays(3)));
        var period = demo.as("centralbank")
                .bonds()
                .coupon(id, couponDate.minusDays(1).toString());
        demo.say(
                "the treasury opens coupon period %s: record date %s, %s%% x %s/%s (%s to %s)",
                period.period(),
                period.coupon().recordDate(),
                period.coupon().rate(),
                period.coupon().fraction().numerator(),
                period.coupon().fraction().denominator(),
                period.coupon().accrualStart(),
                period.coupon().accrualEnd());
        demo.at(later(demo, couponDate));
        var a = demo.as("banka").bonds().claim(id, period.period(), "banka:main");
        var b = demo.as("bankb").bonds().claim(id, period.period(), "bankb:main");
        demo.say(
                "Bank A claims %s CNY on %s units, Bank B %s CNY on %s units (each its own transaction)",
                money(a.amount()), money(a.unitsAtRecordDate()), money(b.amount()), money(b.unitsAtRecordDate()));
        demo.expectRejected(
                "Bank B claims the same period again",
                () -> demo.as("bankb").bonds().claim(id, period.period(), "bankb:main"));
        demo.expectRejected(
                "Bank A tries to redeem before maturity",
                () -> demo.as("banka").bonds().redeem(id, "banka:main"));

        demo.at(later(demo, today.plusYears(1)));
        var ra = demo.as("banka").bonds().redeem(id, "banka:main");
        var rb = demo.as("bankb").bonds().redeem(id, "bankb:main");
        var shown = demo.as("regulator").bonds().show(id);
        demo.say(
                "at maturity Bank A redeems %s units for %s CNY, Bank B %s for %s; %s outstanding: %s",
                money(ra.units()),
                money(ra.principal()),
                money(rb.units()),
                money(rb.principal()),
                id,
                money(shown.outstanding()));
        var history = demo.as("regulator").audit().history("bond-holding", id + ":bankb:main");
        demo.say(
                "the regulator reads Bank B's holding history: %d versions (bought, redeemed)",
                history.entries().size());
    }

    /** 09:00 UTC on {@code day}, never before the demo's current time. */
    private static Instant later(Demo demo, LocalDate day) {
        Instant t = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        return t.isAfter(demo.now()) ? t : demo.now().plusSeconds(60);
    }

    private static String money(Amount a) {
        return String.format(java.util.Locale.ROOT, "%,.2f", a.toBigDecimal());
    }

    private static String pct(java.math.BigDecimal ratio) {
        return ratio.movePointRight(2)
                        .setScale(2, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString() + "%";
    }
}
