package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Parse;
import io.bondbridge.api.bond.Disbursement;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Bond tokens: series, DvP issue, transfer, offers, coupons by claim, redemption, buyback, the rate index. Units are
 * decimal strings with at most 2 places, prices in the series currency, rates in percent. Arguments are parsed here
 * into typed values; a price is parsed at the places it is written with, and the rule puts it at the series
 * currency's scale (which only the series knows).
 */
@Contract(name = Functions.Bond.NAME, info = @Info(title = "bondbridge bond tokens", version = "0.1.0"))
public final class BondContract implements FeatureContract {

    /** TREASURY creates a series from its JSON {@link SeriesTerms}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String create(TxContext ctx, String termsJson) {
        return ctx.reply(() -> {
            SeriesTerms terms = Args.json(Args.required(termsJson, "terms"), SeriesTerms.class, "series terms");
            return ctx.bonds().create(ctx.caller(), terms);
        });
    }

    /** The buyer account's owner consents to pay up to {@code amount} for primary allocations. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String subscribe(TxContext ctx, String series, String account, String amount) {
        return ctx.reply(() -> ctx.bonds()
                .subscribe(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(account, "account"),
                        Amount.positive(amount, "subscription amount")));
    }

    /** The issuer allocates units to a subscribed account: DvP. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String issue(TxContext ctx, String series, String to, String units, String price) {
        return ctx.reply(() -> ctx.bonds()
                .issue(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(to, "to"),
                        Units.positive(units, "units"),
                        Amount.positive(price, "price")));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String transfer(TxContext ctx, String series, String from, String to, String units) {
        return ctx.reply(() -> ctx.bonds()
                .transfer(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(from, "from"),
                        AccountId.parse(to, "to"),
                        Units.positive(units, "units")));
    }

    /** The seller offers units at a price; {@code expires} an ISO-8601 instant or empty. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String offer(TxContext ctx, String series, String from, String units, String price, String expires) {
        return ctx.reply(() -> ctx.offers()
                .offer(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(from, "from"),
                        Units.positive(units, "units"),
                        Amount.positive(price, "price"),
                        Args.optional(expires, "expiry", Parse::instant)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String accept(TxContext ctx, String offerId, String buyer) {
        return ctx.reply(() ->
                ctx.offers().accept(ctx.caller(), Args.required(offerId, "offer"), AccountId.parse(buyer, "buyer")));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String cancel(TxContext ctx, String offerId) {
        return ctx.reply(() -> ctx.offers().cancel(ctx.caller(), Args.required(offerId, "offer")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getOffer(TxContext ctx, String offerId) {
        return ctx.reply(() -> ctx.offers().get(ctx.caller(), Args.required(offerId, "offer")));
    }

    /** The issuer opens a coupon period with a record date (ISO date). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String coupon(TxContext ctx, String series, String recordDate) {
        return ctx.reply(() -> ctx.coupons().open(ctx.caller(), series(series), Parse.date(recordDate, "record date")));
    }

    /** The holder's owner claims its coupon for a period. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String claim(TxContext ctx, String series, String period, String account) {
        return ctx.reply(() -> ctx.coupons()
                .claim(
                        ctx.caller(),
                        series(series),
                        Args.required(period, "period"),
                        AccountId.parse(account, "account")));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String redeem(TxContext ctx, String series, String account) {
        return ctx.reply(() -> ctx.bonds().redeem(ctx.caller(), series(series), AccountId.parse(account, "account")));
    }

    /** The holder's owner consents to sell up to {@code units} back to the issuer at {@code minPrice} or more. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String tender(TxContext ctx, String series, String account, String units, String minPrice) {
        return ctx.reply(() -> ctx.bonds()
                .tender(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(account, "account"),
                        Units.positive(units, "tendered units"),
                        Amount.positive(minPrice, "minimum price")));
    }

    /** The issuer buys back tendered units; they are burned. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String buyback(TxContext ctx, String series, String from, String units, String price) {
        return ctx.reply(() -> ctx.bonds()
                .buyback(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(from, "from"),
                        Units.positive(units, "units"),
                        Amount.positive(price, "price")));
    }

    /**
     * The issuer pays out of the series' earmarked proceeds account: {@code amount} to {@code to}, for {@code use}
     * (one the series' program allows), under {@code reference} (1-128 characters).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String disburse(TxContext ctx, String series, String to, String amount, String use, String reference) {
        return ctx.reply(() -> ctx.bonds()
                .disburse(
                        ctx.caller(),
                        series(series),
                        AccountId.parse(to, "to"),
                        Amount.positive(amount, "disbursement amount"),
                        Args.required(use, "use"),
                        reference(reference)));
    }

    /** The disbursements of a series' proceeds, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String disbursements(TxContext ctx, String series) {
        return ctx.reply(() -> Map.of("disbursements", ctx.bonds().disbursements(ctx.caller(), series(series))));
    }

    /** A disbursement reference: required, at most {@link Disbursement#MAX_REFERENCE} characters, stripped. */
    private static String reference(String text) {
        String r = Args.required(text, "reference").strip();
        if (r.length() > Disbursement.MAX_REFERENCE) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "reference is %d characters, more than %d",
                    r.length(),
                    Disbursement.MAX_REFERENCE);
        }
        return r;
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String show(TxContext ctx, String series) {
        return ctx.reply(() -> ctx.bonds().show(ctx.caller(), series(series)));
    }

    /** Holdings of a series (or all when empty), of an account (or all readable when empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String holdings(TxContext ctx, String series, String account) {
        return ctx.reply(() -> Map.of(
                "holdings",
                ctx.bonds()
                        .holdings(
                                ctx.caller(),
                                Args.optional(series, "series", (id, name) -> Series.requireId(id)),
                                Args.optional(account, "account", AccountId::parse))));
    }

    /** The coupon rate history of a series with the data behind each reset, and the next-tranche signal. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String rates(TxContext ctx, String series) {
        return ctx.reply(() -> ctx.tradeIndex().rates(ctx.caller(), series(series)));
    }

    /** STATISTICS posts one month of trade data (figures in USD; high-tech share in percent, or empty). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String postTrade(
            TxContext ctx, String month, String exports, String imports, String gdp, String hightechShare) {
        return ctx.reply(() -> ctx.tradeIndex()
                .post(
                        ctx.caller(),
                        Parse.month(month, "month"),
                        Parse.nonNegative(exports, TradeMonth.FIGURE_SCALE, "exports"),
                        Parse.nonNegative(imports, TradeMonth.FIGURE_SCALE, "imports"),
                        Parse.positive(gdp, TradeMonth.FIGURE_SCALE, "gdp"),
                        Args.optional(
                                hightechShare,
                                "high-tech share",
                                (text, name) -> Parse.nonNegative(text, TradeMonth.FIGURE_SCALE, name))));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String tradeMonths(TxContext ctx) {
        return ctx.reply(() -> Map.of("months", ctx.tradeIndex().list(ctx.caller())));
    }

    /** Every crossover signal stored, oldest first, with the tranche window each opened. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String signals(TxContext ctx) {
        return ctx.reply(() -> Map.of("signals", ctx.tradeIndex().signals(ctx.caller())));
    }

    /**
     * TREASURY creates a tranche series (JSON {@link SeriesTerms} without a coupon rate, program TRADE_EXPORT or
     * TRADE_IMPORT) inside the window of the crossover signal of {@code signalMonth}; the signal sets the coupon.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String tranche(TxContext ctx, String termsJson, String signalMonth) {
        return ctx.reply(() -> {
            SeriesTerms terms = Args.json(Args.required(termsJson, "terms"), SeriesTerms.class, "series terms");
            return ctx.tranches()
                    .open(
                            ctx.caller(),
                            terms,
                            Parse.month(signalMonth, "signal month").toString());
        });
    }

    /** The issuer links an INDEXED series to a sector index: MARKET_SHARE or IMPORT_GROWTH of {@code sector}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String linkIndex(TxContext ctx, String series, String kind, String sector) {
        return ctx.reply(() -> ctx.sectorIndex()
                .link(
                        ctx.caller(),
                        series(series),
                        Args.enumValue(IndexKind.class, kind, "index kind"),
                        Args.required(sector, "sector")));
    }

    /** STATISTICS posts one month of a sector index (percent; growth may be negative). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String postSector(TxContext ctx, String kind, String sector, String month, String value) {
        return ctx.reply(() -> ctx.sectorIndex()
                .post(
                        ctx.caller(),
                        Args.enumValue(IndexKind.class, kind, "index kind"),
                        Args.required(sector, "sector"),
                        Parse.month(month, "month"),
                        Parse.decimal(Args.required(value, "value"), TradeMonth.FIGURE_SCALE, "value")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String sectorFigures(TxContext ctx, String kind, String sector) {
        return ctx.reply(() -> Map.of(
                "figures",
                ctx.sectorIndex()
                        .figures(
                                ctx.caller(),
                                Args.enumValue(IndexKind.class, kind, "index kind"),
                                Args.required(sector, "sector"))));
    }

    /** A series id argument: required, 3-32 capital letters, digits or '-'. */
    private static String series(String text) {
        return Series.requireId(Args.required(text, "series"));
    }
}
