package io.bondbridge.client.bond;

import io.bondbridge.chaincode.bond.Bonds;
import io.bondbridge.chaincode.bond.Claim;
import io.bondbridge.chaincode.bond.Coupons;
import io.bondbridge.chaincode.bond.Holding;
import io.bondbridge.chaincode.bond.Offer;
import io.bondbridge.chaincode.bond.Offers;
import io.bondbridge.chaincode.bond.SeriesTerms;
import io.bondbridge.chaincode.bond.TradeIndex;
import io.bondbridge.chaincode.bond.TradeMonth;
import io.bondbridge.chaincode.ledger.Json;
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
    static final String CONTRACT = "bond";
    private final Transport transport;

    public BondClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** TREASURY only; the caller becomes the issuer and its {@code main} account the paying account. */
    public Bonds.Created create(SeriesTerms terms) {
        Objects.requireNonNull(terms, "terms");
        return submit(Bonds.Created.class, "create", Json.write(terms));
    }

    /** Consent to pay up to {@code amount} (series currency) for primary allocations to {@code account}. */
    public Bonds.SubscribeResult subscribe(String series, String account, String amount) {
        return submit(Bonds.SubscribeResult.class, "subscribe", series, account, amount);
    }

    /** Issuer: allocates units to a subscribed account, delivery versus payment. */
    public Bonds.IssueResult issue(String series, String to, String units, String price) {
        return submit(Bonds.IssueResult.class, "issue", series, to, units, price);
    }

    public Bonds.TransferResult transfer(String series, String from, String to, String units) {
        return submit(Bonds.TransferResult.class, "transfer", series, from, to, units);
    }

    /** Offers units of {@code from} at a price per unit; {@code expires} null = until cancelled. */
    public Offers.OfferResult offer(String series, String from, String units, String price, Instant expires) {
        return submit(
                Offers.OfferResult.class,
                "offer",
                series,
                from,
                units,
                price,
                expires == null ? "" : expires.toString());
    }

    public Offers.AcceptResult accept(String offerId, String buyer) {
        return submit(Offers.AcceptResult.class, "accept", offerId, buyer);
    }

    public Offers.CancelResult cancel(String offerId) {
        return submit(Offers.CancelResult.class, "cancel", offerId);
    }

    public Offer offer(String offerId) {
        return Json.read(transport.evaluate(CONTRACT, "getOffer", offerId), Offer.class);
    }

    /** Issuer: opens the coupon period of {@code recordDate} (ISO date); the result names the period id. */
    public Coupons.OpenResult coupon(String series, String recordDate) {
        return submit(Coupons.OpenResult.class, "coupon", series, recordDate);
    }

    public Claim claim(String series, String period, String account) {
        return submit(Claim.class, "claim", series, period, account);
    }

    public Bonds.RedeemResult redeem(String series, String account) {
        return submit(Bonds.RedeemResult.class, "redeem", series, account);
    }

    /** Consent to sell up to {@code units} of {@code account} back to the issuer at {@code minPrice} or more. */
    public Bonds.TenderResult tender(String series, String account, String units, String minPrice) {
        return submit(Bonds.TenderResult.class, "tender", series, account, units, minPrice);
    }

    /** Issuer: buys back tendered units, which are burned. */
    public Bonds.BuybackResult buyback(String series, String from, String units, String price) {
        return submit(Bonds.BuybackResult.class, "buyback", series, from, units, price);
    }

    public Bonds.SeriesView show(String series) {
        return Json.read(transport.evaluate(CONTRACT, "show", series), Bonds.SeriesView.class);
    }

    /** Holdings of {@code series} (null: all), of {@code account} (null: all the caller may read). */
    public List<Holding> holdings(String series, String account) {
        return Json.read(transport.evaluate(CONTRACT, "holdings", blank(series), blank(account)), Holdings.class)
                .holdings();
    }

    public TradeIndex.Rates rates(String series) {
        return Json.read(transport.evaluate(CONTRACT, "rates", series), TradeIndex.Rates.class);
    }

    /** STATISTICS: one month ({@code YYYY-MM}) of exports, imports and GDP; high-tech share in percent or null. */
    public TradeIndex.PostResult postTrade(
            String month, String exports, String imports, String gdp, String hightechShare) {
        return submit(TradeIndex.PostResult.class, "postTrade", month, exports, imports, gdp, blank(hightechShare));
    }

    public List<TradeMonth> tradeMonths() {
        return Json.read(transport.evaluate(CONTRACT, "tradeMonths"), Months.class)
                .months();
    }

    private <T> T submit(Class<T> type, String function, String... args) {
        return Json.read(transport.submit(CONTRACT, function, args).payload(), type);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private record Holdings(List<Holding> holdings) {}

    private record Months(List<TradeMonth> months) {}
}
