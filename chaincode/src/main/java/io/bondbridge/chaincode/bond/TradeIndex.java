package io.bondbridge.chaincode.bond;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.CouponType;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly trade data and the coupon resets of INDEXED series it causes. STATISTICS posts one month at a time, in
 * order and without gaps (so the index's two consecutive periods are two consecutive months). Resets are computed
 * when data is posted: for each INDEXED series alive in that month, {@link RateIndex#path} over all posted months
 * decides, and a decision that acts (step, held at cap/floor, exit) is stored as a {@link RateReset} with its data.
 * A post touches the new month row, reads the earlier months and the series rows, and writes one reset row per
 * series the index acted on: monthly, by one participant, so no contention.
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
        if (!earlier.isEmpty()) {
            YearMonth next =
                    YearMonth.parse(earlier.get(earlier.size() - 1).month()).plusMonths(1);
            if (!month.equals(next)) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "trade data is posted month by month: next is %s, not %s",
                        next,
                        month);
            }
        }
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
        List<RateReset> resets = new ArrayList<>();
        for (Series s : book.allSeries()) {
            if (s.couponType() != CouponType.INDEXED
                    || YearMonth.from(s.maturity()).isBefore(month)) {
                continue;
            }
            List<RateIndex.Decision> path = RateIndex.path(
                    points, YearMonth.from(s.issueDate()).toString(), s.couponRate(), s.rateFloor(), s.rateCap());
            if (path.isEmpty()) {
                continue;
            }
            RateIndex.Decision d = path.get(path.size() - 1);
            if (d.rule() != RateReset.Rule.NONE) {
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
                        ledger.txId());
                ledger.put(BondKeys.reset(s.seriesId(), d.month()), reset);
                resets.add(reset);
            }
        }
        ledger.put(BondKeys.trade(month.toString()), row);
        TradePostResult result = new TradePostResult(ledger.txId(), row, resets);
        ledger.emit("TradeDataPosted", result);
        return result;
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
                n < 6 ? null : RateIndex.average(points.subList(n - 6, n)));
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
}
