package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.bond.Bonds;
import io.bondbridge.chaincode.bond.Coupons;
import io.bondbridge.chaincode.bond.Offers;
import io.bondbridge.chaincode.bond.SeriesTerms;
import io.bondbridge.chaincode.bond.TradeIndex;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.ledger.ErrorCode;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.LedgerContract;
import io.bondbridge.chaincode.ledger.LedgerException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Bond tokens: series, DvP issue, transfer, offers, coupons by claim, redemption, buyback, the rate index. Units are
 * decimal strings with at most 2 places, prices in the series currency, rates in percent.
 */
@Contract(name = "bond", info = @Info(title = "bondbridge bond tokens", version = "0.1.0"))
public final class BondContract implements LedgerContract {

    /** TREASURY creates a series from its JSON {@link SeriesTerms}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String create(BondBridgeContext ctx, String termsJson) {
        SeriesTerms terms = ReserveContract.input(Args.required(termsJson, "terms"), SeriesTerms.class, "series terms");
        return Json.write(bonds(ctx).create(ctx.caller(), terms));
    }

    /** The buyer account's owner consents to pay up to {@code amount} for primary allocations. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String subscribe(BondBridgeContext ctx, String series, String account, String amount) {
        return Json.write(bonds(ctx)
                .subscribe(ctx.caller(), Args.required(series, "series"), Args.required(account, "account"), amount));
    }

    /** The issuer allocates units to a subscribed account: DvP. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String issue(BondBridgeContext ctx, String series, String to, String units, String price) {
        return Json.write(
                bonds(ctx).issue(ctx.caller(), Args.required(series, "series"), Args.required(to, "to"), units, price));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String transfer(BondBridgeContext ctx, String series, String from, String to, String units) {
        return Json.write(bonds(ctx)
                .transfer(
                        ctx.caller(),
                        Args.required(series, "series"),
                        Args.required(from, "from"),
                        Args.required(to, "to"),
                        units));
    }

    /** The seller offers units at a price; {@code expires} an ISO-8601 instant or empty. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String offer(BondBridgeContext ctx, String series, String from, String units, String price, String expires) {
        return Json.write(offers(ctx)
                .offer(
                        ctx.caller(),
                        Args.required(series, "series"),
                        Args.required(from, "from"),
                        units,
                        price,
                        instant(Args.optional(expires))));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String accept(BondBridgeContext ctx, String offerId, String buyer) {
        return Json.write(
                offers(ctx).accept(ctx.caller(), Args.required(offerId, "offer"), Args.required(buyer, "buyer")));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String cancel(BondBridgeContext ctx, String offerId) {
        return Json.write(offers(ctx).cancel(ctx.caller(), Args.required(offerId, "offer")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getOffer(BondBridgeContext ctx, String offerId) {
        return Json.write(offers(ctx).get(ctx.caller(), Args.required(offerId, "offer")));
    }

    /** The issuer opens a coupon period with a record date (ISO date). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String coupon(BondBridgeContext ctx, String series, String recordDate) {
        return Json.write(coupons(ctx)
                .open(ctx.caller(), Args.required(series, "series"), Args.required(recordDate, "record date")));
    }

    /** The holder's owner claims its coupon for a period. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String claim(BondBridgeContext ctx, String series, String period, String account) {
        return Json.write(coupons(ctx)
                .claim(
                        ctx.caller(),
                        Args.required(series, "series"),
                        Args.required(period, "period"),
                        Args.required(account, "account")));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String redeem(BondBridgeContext ctx, String series, String account) {
        return Json.write(
                bonds(ctx).redeem(ctx.caller(), Args.required(series, "series"), Args.required(account, "account")));
    }

    /** The holder's owner consents to sell up to {@code units} back to the issuer at {@code minPrice} or more. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String tender(BondBridgeContext ctx, String series, String account, String units, String minPrice) {
        return Json.write(bonds(ctx)
                .tender(
                        ctx.caller(),
                        Args.required(series, "series"),
                        Args.required(account, "account"),
                        units,
                        minPrice));
    }

    /** The issuer buys back tendered units; they are burned. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String buyback(BondBridgeContext ctx, String series, String from, String units, String price) {
        return Json.write(bonds(ctx)
                .buyback(ctx.caller(), Args.required(series, "series"), Args.required(from, "from"), units, price));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String show(BondBridgeContext ctx, String series) {
        return Json.write(bonds(ctx).show(ctx.caller(), Args.required(series, "series")));
    }

    /** Holdings of a series (or all when empty), of an account (or all readable when empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String holdings(BondBridgeContext ctx, String series, String account) {
        return Json.write(
                Map.of("holdings", bonds(ctx).holdings(ctx.caller(), Args.optional(series), Args.optional(account))));
    }

    /** The coupon rate history of a series with the data behind each reset, and the next-tranche signal. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String rates(BondBridgeContext ctx, String series) {
        return Json.write(trade(ctx).rates(ctx.caller(), Args.required(series, "series")));
    }

    /** STATISTICS posts one month of trade data (figures in USD; high-tech share in percent, or empty). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String postTrade(
            BondBridgeContext ctx, String month, String exports, String imports, String gdp, String hightechShare) {
        return Json.write(trade(ctx)
                .post(
                        ctx.caller(),
                        Args.required(month, "month"),
                        exports,
                        imports,
                        gdp,
                        Args.optional(hightechShare)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String tradeMonths(BondBridgeContext ctx) {
        return Json.write(Map.of("months", trade(ctx).list(ctx.caller())));
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "expiry '%s' is not an ISO-8601 instant", text);
        }
    }

    private static Bonds bonds(BondBridgeContext ctx) {
        return new Bonds(new Registry(ctx.ledger()), ctx.ledger());
    }

    private static Offers offers(BondBridgeContext ctx) {
        return new Offers(new Registry(ctx.ledger()), ctx.ledger());
    }

    private static Coupons coupons(BondBridgeContext ctx) {
        return new Coupons(new Registry(ctx.ledger()), ctx.ledger());
    }

    private static TradeIndex trade(BondBridgeContext ctx) {
        return new TradeIndex(new Registry(ctx.ledger()), ctx.ledger());
    }
}
