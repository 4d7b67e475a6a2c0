package io.bondbridge.client.bond;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.bond.BondRedeemResult;
import io.bondbridge.api.bond.BondTransferResult;
import io.bondbridge.api.bond.BuybackResult;
import io.bondbridge.api.bond.Claim;
import io.bondbridge.api.bond.CouponOpenResult;
import io.bondbridge.api.bond.DisburseResult;
import io.bondbridge.api.bond.Disbursement;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.IssueResult;
import io.bondbridge.api.bond.Offer;
import io.bondbridge.api.bond.OfferAcceptResult;
import io.bondbridge.api.bond.OfferCancelResult;
import io.bondbridge.api.bond.OfferResult;
import io.bondbridge.api.bond.SectorFigure;
import io.bondbridge.api.bond.SectorLink;
import io.bondbridge.api.bond.SectorPostResult;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.SeriesView;
import io.bondbridge.api.bond.SubscribeResult;
import io.bondbridge.api.bond.TenderResult;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.TrancheResult;
import io.bondbridge.client.transport.Transport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Bond tokens: series, DvP issue against a subscription, transfers, offers, coupons by claim, redemption, buyback
 * against a tender, and the trade-balance rate index. Units are decimal strings with at most 2 places
 * ({@code "0.01"} is the smallest), prices and amounts in the series currency, rates in percent.
 *
 * <pre>{@code
 * try (BondBridge bankA = BondBridge.embedded(Path.of(".bondbridge"), "banka")) {
 *     bankA.bonds().subscribe("TB-EXP-2026", "banka:main", "100000.00");
 *     // ... the treasury issues: treasury.bonds().issue("TB-EXP-2026", "banka:main", "1000", "100.00")
 *     Claim c = bankA.bonds().claim("TB-EXP-2026", "2026-07-01", "banka:main");
 *     System.out.println(c.amount() + " " + c.currency());
 * }
 * }</pre>
 */
public final class BondClient {
    private final Transport transport;

    public BondClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** TREASURY only; the caller becomes the issuer and its {@code main} account the paying account. */
    public SeriesCreated create(SeriesTerms terms) {
        Objects.requireNonNull(terms, "terms");
        return submit(SeriesCreated.class, Functions.Bond.CREATE, Json.write(terms));
    }

    /** Consent to pay up to {@code amount} (series currency) for primary allocations to {@code account}. */
    public SubscribeResult subscribe(String series, String account, String amount) {
        return submit(SubscribeResult.class, Functions.Bond.SUBSCRIBE, series, account, amount);
    }

    /** Issuer: allocates units to a subscribed account, delivery versus payment. */
    public IssueResult issue(String series, String to, String units, String price) {
        return submit(IssueResult.class, Functions.Bond.ISSUE, series, to, units, price);
    }

    public BondTransferResult transfer(String series, String from, String to, String units) {
        return submit(BondTransferResult.class, Functions.Bond.TRANSFER, series, from, to, units);
    }

    /** Offers units of {@code from} at a price per unit; {@code expires} null = until cancelled. */
    public OfferResult offer(String series, String from, String units, String price, Instant expires) {
        return submit(
                OfferResult.class,
                Functions.Bond.OFFER,
                series,
                from,
                units,
                price,
                expires == null ? "" : expires.toString());
    }

    public OfferAcceptResult accept(String offerId, String buyer) {
        return submit(OfferAcceptResult.class, Functions.Bond.ACCEPT, offerId, buyer);
    }

    public OfferCancelResult cancel(String offerId) {
        return submit(OfferCancelResult.class, Functions.Bond.CANCEL, offerId);
    }

    public Offer offer(String offerId) {
        return Json.read(transport.evaluate(Functions.Bond.NAME, Functions.Bond.GET_OFFER, offerId), Offer.class);
    }

    /** Issuer: opens the coupon period of {@code recordDate} (ISO date); the result names the period id. */
    public CouponOpenResult coupon(String series, String recordDate) {
        return submit(CouponOpenResult.class, Functions.Bond.COUPON, series, recordDate);
    }

    public Claim claim(String series, String period, String account) {
        return submit(Claim.class, Functions.Bond.CLAIM, series, period, account);
    }

    public BondRedeemResult redeem(String series, String account) {
        return submit(BondRedeemResult.class, Functions.Bond.REDEEM, series, account);
    }

    /** Consent to sell up to {@code units} of {@code account} back to the issuer at {@code minPrice} or more. */
    public TenderResult tender(String series, String account, String units, String minPrice) {
        return submit(TenderResult.class, Functions.Bond.TENDER, series, account, units, minPrice);
    }

    /** Issuer: buys back tendered units, which are burned. */
    public BuybackResult buyback(String series, String from, String units, String price) {
        return submit(BuybackResult.class, Functions.Bond.BUYBACK, series, from, units, price);
    }

    /**
     * Issuer: pays {@code amount} (series currency) out of the series' earmarked proceeds account to {@code to}, for
     * a {@code use} the series' program allows, under the issuer's {@code reference}.
     */
    public DisburseResult disburse(String series, String to, String amount, String use, String reference) {
        return submit(DisburseResult.class, Functions.Bond.DISBURSE, series, to, amount, use, reference);
    }

    /** The payments out of a series' proceeds, oldest first. */
    public List<Disbursement> disbursements(String series) {
        return Json.read(
                        transport.evaluate(Functions.Bond.NAME, Functions.Bond.DISBURSEMENTS, series),
                        Disbursements.class)
                .disbursements();
    }

    public SeriesView show(String series) {
        return Json.read(transport.evaluate(Functions.Bond.NAME, Functions.Bond.SHOW, series), SeriesView.class);
    }

    /** Holdings of {@code series} (null: all), of {@code account} (null: all the caller may read). */
    public List<Holding> holdings(String series, String account) {
        return Json.read(
                        transport.evaluate(Functions.Bond.NAME, Functions.Bond.HOLDINGS, blank(series), blank(account)),
                        Holdings.class)
                .holdings();
    }

    public SeriesRates rates(String series) {
        return Json.read(transport.evaluate(Functions.Bond.NAME, Functions.Bond.RATES, series), SeriesRates.class);
    }

    /** STATISTICS: one month ({@code YYYY-MM}) of exports, imports and GDP; high-tech share in percent or null. */
    public TradePostResult postTrade(String month, String exports, String imports, String gdp, String hightechShare) {
        return submit(
                TradePostResult.class, Functions.Bond.POST_TRADE, month, exports, imports, gdp, blank(hightechShare));
    }

    public List<TradeMonth> tradeMonths() {
        return Json.read(transport.evaluate(Functions.Bond.NAME, Functions.Bond.TRADE_MONTHS), Months.class)
                .months();
    }

    /** Every stored crossover signal, oldest first, with the tranche window each opened. */
    public List<TradeSignal> signals() {
        return Json.read(transport.evaluate(Functions.Bond.NAME, Functions.Bond.SIGNALS), Signals.class)
                .signals();
    }

    /**
     * TREASURY: a tranche of {@code terms}' program (TRADE_EXPORT or TRADE_IMPORT, coupon rate left empty) inside the
     * window the crossover signal of {@code signalMonth} opened; the signal sets the coupon.
     */
    public TrancheResult tranche(SeriesTerms terms, String signalMonth) {
        return submit(TrancheResult.class, Functions.Bond.TRANCHE, Json.write(terms), signalMonth);
    }

    /** Issuer: links an INDEXED series to a sector index (MARKET_SHARE or IMPORT_GROWTH of {@code sector}). */
    public SectorLink linkIndex(String series, IndexKind kind, String sector) {
        return submit(SectorLink.class, Functions.Bond.LINK_INDEX, series, kind.name(), sector);
    }

    /** STATISTICS: one month of a sector index, percent. */
    public SectorPostResult postSector(IndexKind kind, String sector, String month, String value) {
        return submit(SectorPostResult.class, Functions.Bond.POST_SECTOR, kind.name(), sector, month, value);
    }

    public List<SectorFigure> sectorFigures(IndexKind kind, String sector) {
        return Json.read(
                        transport.evaluate(Functions.Bond.NAME, Functions.Bond.SECTOR_FIGURES, kind.name(), sector),
                        Figures.class)
                .figures();
    }

    private <T> T submit(Class<T> type, String function, String... args) {
        return Json.read(transport.submit(Functions.Bond.NAME, function, args).payload(), type);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private record Holdings(List<Holding> holdings) {}

    private record Disbursements(List<Disbursement> disbursements) {}

    private record Months(List<TradeMonth> months) {}

    private record Signals(List<TradeSignal> signals) {}

    private record Figures(List<SectorFigure> figures) {}
}
