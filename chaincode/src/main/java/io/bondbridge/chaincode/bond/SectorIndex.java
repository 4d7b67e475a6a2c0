package io.bondbridge.chaincode.bond;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.CouponType;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SectorFigure;
import io.bondbridge.api.bond.SectorLink;
import io.bondbridge.api.bond.SectorPostResult;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sector indexes: the essays' industry pilot (an export-upgrade bond whose coupon falls 0.1 percentage point for
 * every 1 percentage point gained in overseas market share: MARKET_SHARE) and regional pilot (a coupon tied to a
 * region's new-energy import growth: IMPORT_GROWTH). STATISTICS posts a sector's figure month by month; the issuer
 * links an INDEXED series to a sector, fixing the value at link (the latest posted); each later figure sets the
 * coupon to base - sectorSensitivity x (value - value at link), 4 places HALF_EVEN, within the series' floor (and
 * {@code rateFloorPct}) and cap, and a change is stored as a SECTOR {@link RateReset}.
 */
public final class SectorIndex {
    private static final Pattern SECTOR = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private final BondBook book;
    private final Registry registry;
    private final Ledger ledger;

    public SectorIndex(Registry registry, Ledger ledger) {
        this.book = new BondBook(registry, ledger);
        this.registry = registry;
        this.ledger = ledger;
    }

    /** A sector name: 1-32 capital letters, digits, '_' or '-'. */
    public static String requireSector(String sector) {
        String s = sector == null ? "" : sector.strip().toUpperCase(Locale.ROOT);
        if (!SECTOR.matcher(s).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "sector '%s' is not 1-32 capital letters, digits, '_' or '-'", sector);
        }
        return s;
    }

    /** STATISTICS posts a sector's value (percent) for a month, once, month after month. */
    public SectorPostResult post(Caller caller, IndexKind kind, String sectorName, YearMonth month, BigDecimal value) {
        registry.requireRole(caller, "post sector data", Role.STATISTICS);
        requireSectorKind(kind);
        String sector = requireSector(sectorName);
        if (ledger.exists(BondKeys.sector(kind, sector, month.toString()))) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS, "%s of %s for %s is already posted", kind, sector, month);
        }
        List<SectorFigure> earlier = figures(kind, sector);
        TradeIndex.requireNextMonth(
                kind + " of " + sector,
                earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).month(),
                month);
        SectorFigure figure =
                new SectorFigure(kind, sector, month.toString(), value, caller.mspId(), ledger.txId(), ledger.now());
        ledger.put(BondKeys.sector(kind, sector, month.toString()), figure);
        BigDecimal sensitivity = Parameters.decimal(ledger, Param.SECTOR_SENSITIVITY);
        BigDecimal floorParam = Parameters.decimal(ledger, Param.RATE_FLOOR_PCT);
        List<RateReset> resets = new ArrayList<>();
        for (Ledger.Row<SectorLink> row : ledger.list(SectorLink.class, BondKeys.SECTOR_LINK)) {
            SectorLink link = row.value();
            if (link.kind() != kind || !link.sector().equals(sector)) {
                continue;
            }
            Series s = book.series(link.series());
            if (YearMonth.from(s.maturity()).isBefore(month)) {
                continue;
            }
            RateReset reset = reset(s, link, figure, sensitivity, floorParam);
            if (reset != null) {
                ledger.put(BondKeys.reset(s.seriesId(), month.toString()), reset);
                resets.add(reset);
            }
        }
        SectorPostResult result = new SectorPostResult(ledger.txId(), figure, resets);
        ledger.emit("SectorDataPosted", result);
        return result;
    }

    /** The coupon a figure sets; a reset only when it differs from the rate in force. */
    private RateReset reset(Series s, SectorLink link, SectorFigure f, BigDecimal sensitivity, BigDecimal floorParam) {
        BigDecimal before = book.currentRate(s);
        BigDecimal floor = s.rateFloor().max(floorParam);
        BigDecimal gain = f.value().subtract(link.valueAtLink());
        BigDecimal target = RateIndex.tidy(link.baseRate()
                .subtract(sensitivity.multiply(gain))
                .setScale(RateIndex.RATE_SCALE, RoundingMode.HALF_EVEN));
        BigDecimal rate = target.max(floor).min(s.rateCap());
        if (rate.compareTo(before) == 0) {
            return null;
        }
        String bound = rate.compareTo(target) == 0
                ? ""
                : rate.compareTo(target) > 0
                        ? ", held at floor " + floor.toPlainString() + "%"
                        : ", held at cap " + s.rateCap().toPlainString() + "%";
        String reason = String.format(
                Locale.ROOT,
                "%s of %s %s%% vs %s%% at link (%s): base %s%% - %s x (%s) = %s%%%s",
                link.kind(),
                link.sector(),
                f.value().toPlainString(),
                link.valueAtLink().toPlainString(),
                link.linkMonth(),
                link.baseRate().toPlainString(),
                sensitivity.toPlainString(),
                gain.toPlainString(),
                target.toPlainString(),
                bound);
        Map<String, BigDecimal> cited = new TreeMap<>();
        cited.put(Param.SECTOR_SENSITIVITY.key(), sensitivity);
        cited.put(Param.RATE_FLOOR_PCT.key(), floorParam);
        return new RateReset(
                s.seriesId(),
                f.month(),
                before,
                rate,
                RateReset.Rule.SECTOR,
                reason,
                null,
                0,
                List.of(),
                List.of(),
                null,
                ledger.txId(),
                cited);
    }

    /**
     * The issuer links an INDEXED series (not yet linked, no trade-balance reset yet) to a sector index; the value at
     * link is the sector's latest posted figure, so one must exist.
     */
    public SectorLink link(Caller caller, String seriesId, IndexKind kind, String sectorName) {
        Series s = book.series(seriesId);
        book.requireIssuer(caller, s, "link an index to");
        requireSectorKind(kind);
        String sector = requireSector(sectorName);
        if (s.couponType() != CouponType.INDEXED) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "series %s is %s: only an INDEXED series follows an index",
                    s.seriesId(),
                    s.couponType());
        }
        if (ledger.exists(BondKeys.sectorLink(s.seriesId()))
                || !ledger.list(RateReset.class, BondKeys.RESET, s.seriesId()).isEmpty()) {
            throw LedgerException.of(
                    ErrorCode.CONFLICT, "series %s already follows an index (linked or reset before)", s.seriesId());
        }
        List<SectorFigure> figures = figures(kind, sector);
        if (figures.isEmpty()) {
            throw LedgerException.of(
                    ErrorCode.NOT_FOUND,
                    "no %s figure for %s yet: the value at link is the latest posted one",
                    kind,
                    sector);
        }
        SectorFigure latest = figures.get(figures.size() - 1);
        SectorLink link = new SectorLink(
                s.seriesId(), kind, sector, s.couponRate(), latest.value(), latest.month(), ledger.txId());
        ledger.put(BondKeys.sectorLink(s.seriesId()), link);
        ledger.emit("SectorIndexLinked", link);
        return link;
    }

    public List<SectorFigure> figures(Caller caller, IndexKind kind, String sector) {
        registry.caller(caller);
        requireSectorKind(kind);
        return figures(kind, requireSector(sector));
    }

    private List<SectorFigure> figures(IndexKind kind, String sector) {
        return ledger.list(SectorFigure.class, BondKeys.SECTOR, kind.name(), sector).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    private static void requireSectorKind(IndexKind kind) {
        if (kind == IndexKind.TRADE_BALANCE) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "TRADE_BALANCE is posted with postTrade; a sector index is MARKET_SHARE or IMPORT_GROWTH");
        }
    }
}
