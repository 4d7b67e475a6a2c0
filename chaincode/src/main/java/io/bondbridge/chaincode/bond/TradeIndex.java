package io.bondbridge.chaincode.bond;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.CouponType;
import io.bondbridge.api.bond.Program;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SectorLink;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.Tranche;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly trade data, the coupon resets of the export bonds it causes, and the crossover signals it stores.
 * STATISTICS posts one month at a time, in order and without gaps (so consecutive periods are consecutive months).
 * Resets are computed when data is posted: for each INDEXED series alive in that month that follows the band (not
 * import bonds, not sector-linked series), {@link RateIndex#path} continues from the series' stored index state with
 * the governed rules in force, and a decision that acts (step, held at cap/floor, exit step) is stored as a {@link
 * RateReset} with its data and the parameter values it used. A crossover of the 3-month average over the 6-month
 * one is stored as a {@link TradeSignal} that opens a tranche window ({@link Tranches}). A post touches the new month
 * row, reads the earlier months and the series rows, and writes one state row per indexed series, its resets and at
 * most one signal: monthly, by one participant, so no contention.
 */
public final class TradeIndex {
    private final BondBook book;
    private final Registry registry;
    private final Ledger ledger;

    public TradeIndex(Registry registry, Ledger ledger) {
        this.book = new BondBook(registry, ledger);
        this.registry = registry;
        this.ledger = ledger;
    }

    /**
     * STATISTICS posts one month: exports and imports zero or more, gdp more than zero, the high-tech share (percent,
     * or null) zero to 100 (the signs are the contract's parse); each stored as written, with at most {@link
     * TradeMonth#FIGURE_SCALE} places.
     */
    public TradePostResult post(
            Caller caller, YearMonth month, BigDecimal ex, BigDecimal im, BigDecimal g, BigDecimal share) {
        registry.requireRole(caller, "post trade data", Role.STATISTICS);
        requireScale(ex, "exports");
        requireScale(im, "imports");
        requireScale(g, "gdp");
        if (share != null) {
            requireScale(share, "high-tech share");
        }
        if (share != null && share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "high-tech share %s%% is above 100%%", share);
        }
        if (ledger.exists(BondKeys.trade(month.toString()))) {
            throw LedgerException.of(ErrorCode.ALREADY_EXISTS, "trade data for %s is already posted", month);
        }
        List<TradeMonth> earlier = months();
        requireNextMonth(
                "trade data",
                earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).month(),
                month);
        TradeMonth row = new TradeMonth(
                month.toString(),
                ex,
                im,
                g,
                share,
                RateIndex.ratio(ex, im, g),
                caller.mspId(),
                ledger.txId(),
                ledger.now());
        List<RateIndex.Point> points = new ArrayList<>(points(earlier));
        points.add(point(row));
        RateIndex.Rules rules = rules(ledger);
        BigDecimal floorParam = Parameters.decimal(ledger, Param.RATE_FLOOR_PCT);
        List<RateReset> resets = new ArrayList<>();
        for (Series s : book.allSeries()) {
            if (!followsTradeBand(s) || YearMonth.from(s.maturity()).isBefore(month)) {
                continue;
            }
            RateIndex.State stored = ledger.find(BondKeys.indexState(s.seriesId()), RateIndex.State.class)
                    .orElse(null);
            String from = stored == null
                    ? YearMonth.from(s.issueDate()).toString()
                    : YearMonth.parse(stored.month()).plusMonths(1).toString();
            RateIndex.State start = stored == null ? RateIndex.State.start(s.couponRate()) : stored;
            BigDecimal floor = s.rateFloor().max(floorParam);
            RateIndex.Path path = RateIndex.path(points, from, start, floor, s.rateCap(), rules);
            if (path.decisions().isEmpty()) {
                continue;
            }
            ledger.put(BondKeys.indexState(s.seriesId()), path.end());
            for (RateIndex.Decision d : path.decisions()) {
                // a replay (no stored state: a series issued in the past, or a ledger from before the state rows)
                // decides earlier months too; only this month's decision is new, earlier rows are never rewritten
                if (d.rule() == RateReset.Rule.NONE || !d.month().equals(month.toString())) {
                    continue;
                }
                Map<String, BigDecimal> cited = new TreeMap<>(d.parameters());
                cited.put(Param.RATE_FLOOR_PCT.key(), floorParam);
                RateReset reset = new RateReset(
                        s.seriesId(),
                        d.month(),
                        d.previousRate(),
                        d.rate(),
                        d.rule(),
                        d.reason(),
                        d.average6(),
                        d.streak(),
                        d.window(),
                        d.ratios(),
                        d.hightechShare(),
                        ledger.txId(),
                        cited);
                ledger.put(BondKeys.reset(s.seriesId(), d.month()), reset);
                resets.add(reset);
            }
        }
        ledger.put(BondKeys.trade(month.toString()), row);
        TradeSignal signal = storeSignal(month.toString(), points);
        TradePostResult result = new TradePostResult(ledger.txId(), row, resets, signal);
        ledger.emit("TradeDataPosted", result);
        return result;
    }

    /**
     * Export bonds (and INDEXED series outside the trade programs) step with the band; import bonds are set by the
     * crossover signal when issued as a tranche and never stepped by the band; a series linked to a sector index
     * follows that index instead.
     */
    private boolean followsTradeBand(Series s) {
        return s.couponType() == CouponType.INDEXED
                && s.program() != Program.TRADE_IMPORT
                && !ledger.exists(BondKeys.sectorLink(s.seriesId()));
    }

    /** The rule that moves a series' coupon, in words, for {@code bond rates}. */
    private String indexRule(Series s) {
        if (s.couponType() != CouponType.INDEXED) {
            return s.couponType() + ": the rate of the terms";
        }
        SectorLink link =
                ledger.find(BondKeys.sectorLink(s.seriesId()), SectorLink.class).orElse(null);
        if (link != null) {
            return link.kind() + " index of " + link.sector() + ": base - sensitivity x (value - value at link), "
                    + "within floor and cap";
        }
        if (s.program() == Program.TRADE_IMPORT) {
            return "import bond: coupon set by the crossover signal at issue (import base + spread); not stepped by"
                    + " the surplus band";
        }
        return "export bond: steps with the 6-month surplus band, gradual exit to the market rate above the high-tech"
                + " exit share";
    }

    /** The governed rules in force now. */
    static RateIndex.Rules rules(Ledger ledger) {
        return new RateIndex.Rules(
                Parameters.decimal(ledger, Param.BAND_LOW_PCT),
                Parameters.decimal(ledger, Param.BAND_HIGH_PCT),
                Parameters.integer(ledger, Param.TRIGGER_MONTHS),
                Parameters.integer(ledger, Param.STEP_BP),
                Parameters.decimal(ledger, Param.EXIT_SHARE_PCT),
                Parameters.integer(ledger, Param.EXIT_STEPS),
                Parameters.decimal(ledger, Param.MARKET_RATE_PCT));
    }

    /** Stores the crossover signal of the month just posted, if the averages crossed; it opens a tranche window. */
    private TradeSignal storeSignal(String month, List<RateIndex.Point> points) {
        RateIndex.Crossover c = RateIndex.crossover(points);
        if (c == null || c.signal() == null) {
            return null;
        }
        int days = Parameters.integer(ledger, Param.TRANCHE_WINDOW_DAYS);
        TradeSignal signal = new TradeSignal(
                month,
                c.signal(),
                c.signal() == SeriesRates.Signal.EXPORT ? Program.TRADE_EXPORT : Program.TRADE_IMPORT,
                c.average3(),
                c.average6(),
                c.previousAverage3(),
                c.previousAverage6(),
                days,
                ledger.now(),
                ledger.now().plus(Duration.ofDays(days)),
                ledger.txId());
        ledger.put(BondKeys.signal(month), signal);
        return signal;
    }

    /** Every stored crossover signal, oldest first. */
    public List<TradeSignal> signals(Caller caller) {
        registry.caller(caller);
        return ledger.list(TradeSignal.class, BondKeys.SIGNAL).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    public List<TradeMonth> list(Caller caller) {
        registry.caller(caller);
        return months();
    }

    public SeriesRates rates(Caller caller, String seriesId) {
        registry.caller(caller);
        Series s = book.series(seriesId);
        List<RateReset> resets = ledger.list(RateReset.class, BondKeys.RESET, s.seriesId()).stream()
                .map(Ledger.Row::value)
                .toList();
        List<RateIndex.Point> points = points(months());
        int n = points.size();
        return new SeriesRates(
                s.seriesId(),
                s.couponType(),
                s.couponRate(),
                book.currentRate(s),
                s.rateCap(),
                s.rateFloor(),
                resets,
                RateIndex.signal(points),
                n == 0 ? null : points.get(n - 1).month(),
                n < 3 ? null : RateIndex.average(points.subList(n - 3, n)),
                n < 6 ? null : RateIndex.average(points.subList(n - 6, n)),
                s.program(),
                indexRule(s),
                ledger.list(TradeSignal.class, BondKeys.SIGNAL).stream()
                        .map(Ledger.Row::value)
                        .toList(),
                ledger.find(BondKeys.tranche(s.seriesId()), Tranche.class).orElse(null),
                ledger.find(BondKeys.sectorLink(s.seriesId()), SectorLink.class).orElse(null));
    }

    private List<TradeMonth> months() {
        return ledger.list(TradeMonth.class, BondKeys.TRADE).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    private static List<RateIndex.Point> points(List<TradeMonth> months) {
        return months.stream().map(TradeIndex::point).toList();
    }

    private static RateIndex.Point point(TradeMonth m) {
        return new RateIndex.Point(m.month(), m.surplusRatio(), m.hightechShare());
    }

    /** A figure is stored as written, so it is written with at most {@link TradeMonth#FIGURE_SCALE} places. */
    private static void requireScale(BigDecimal v, String what) {
        if (v.scale() > TradeMonth.FIGURE_SCALE) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s has more than %d decimal places",
                    what,
                    v.toPlainString(),
                    TradeMonth.FIGURE_SCALE);
        }
    }

    /**
     * Monthly data is posted in order and without gaps: {@code month} must be the one after {@code last} (the latest
     * posted, null when none is, and then any month may start).
     */
    static void requireNextMonth(String what, String last, YearMonth month) {
        if (last == null) {
            return;
        }
        YearMonth next = YearMonth.parse(last).plusMonths(1);
        if (!month.equals(next)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s is posted month by month: next is %s, not %s", what, next, month);
        }
    }
}
