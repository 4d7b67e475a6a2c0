package io.bondbridge.client.cli.demo;

import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.TrancheResult;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The 3-month/6-month crossover drives issuance: STATISTICS posts a month of balanced trade, the 3-month average
 * surplus falls below the 6-month one, the ledger stores an IMPORT signal that opens a tranche window, and the
 * treasury issues a high-coupon import tranche inside it; an export tranche under that signal, and a tranche after
 * the window, are rejected. Runs after the bond chapter (it continues its trade months).
 */
final class TrancheChapter implements Demo.Chapter {
    @Override
    public String title() {
        return "A crossover opens an import tranche";
    }

    @Override
    public void run(Demo demo) {
        TradeSignal signal = null;
        for (int i = 0; i < 6 && (signal == null || signal.signal() != SeriesRates.Signal.IMPORT); i++) {
            String month = nextMonth(demo);
            TradePostResult r = demo.as("regulator").bonds().postTrade(month, "240", "240", BondChapter.GDP, "33");
            signal = r.signal();
            demo.say("STATISTICS posts %s: exports 240 = imports 240, surplus ratio 0%%", month);
        }
        if (signal == null || signal.signal() != SeriesRates.Signal.IMPORT) {
            throw new IllegalStateException("no IMPORT crossover after six balanced months");
        }
        demo.say(
                "the 3-month average surplus %s crosses below the 6-month %s (a month earlier %s vs %s): the ledger"
                        + " stores an IMPORT signal for %s; the %s tranche window is open %d days, until %s",
                signal.average3(),
                signal.average6(),
                signal.previousAverage3(),
                signal.previousAverage6(),
                signal.month(),
                signal.program(),
                signal.windowDays(),
                signal.closesAt());
        LocalDate today = LocalDate.ofInstant(demo.now(), ZoneOffset.UTC);
        String id = "TBI-" + signal.month().replace("-", "") + "-T";
        TrancheResult t = demo.as("centralbank")
                .bonds()
                .tranche(terms(id, "TRADE_IMPORT", "CHIP_EQUIPMENT", today), signal.month());
        demo.say("the treasury opens tranche %s: %s", id, t.tranche().reason());
        demo.as("banka").bonds().subscribe(id, "banka:main", "100000.00");
        var issued = demo.as("centralbank").bonds().issue(id, "banka:main", "1000", "100.00");
        demo.say(
                "inside the window Bank A buys %s units at %s by DvP; bond show %s names its signal: %s",
                issued.units(),
                issued.price(),
                id,
                demo.as("regulator").bonds().show(id).tranche().signalMonth());
        String month = signal.month();
        demo.expectRejected(
                "the treasury tries a low-coupon export tranche under the IMPORT signal", () -> demo.as("centralbank")
                        .bonds()
                        .tranche(terms(id + "E", "TRADE_EXPORT", "SEMICONDUCTORS", today), month));
        demo.at(signal.closesAt().plus(Duration.ofHours(1)));
        demo.expectRejected(
                "after the window closed, the treasury tries a second import tranche", () -> demo.as("centralbank")
                        .bonds()
                        .tranche(terms(id + "2", "TRADE_IMPORT", "CHIP_EQUIPMENT", today), month));
        demo.expectRejected(
                "after the window closed, the treasury tries to issue more of " + id,
                () -> demo.as("centralbank").bonds().issue(id, "banka:main", "1", "100.00"));
    }

    /** The month after the last posted one. */
    static String nextMonth(Demo demo) {
        List<TradeMonth> months = demo.as("regulator").bonds().tradeMonths();
        return months.isEmpty()
                ? YearMonth.from(LocalDate.ofInstant(demo.now(), ZoneOffset.UTC))
                        .toString()
                : YearMonth.parse(months.get(months.size() - 1).month())
                        .plusMonths(1)
                        .toString();
    }

    private static SeriesTerms terms(String id, String program, String tag, LocalDate issue) {
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
                "100000",
                program,
                tag,
                null);
    }
}
