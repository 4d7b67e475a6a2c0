package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.stable.HeadroomShards;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Stable units: mint, transfer, redeem, balances. Amounts are decimal strings in the currency's unit, parsed here
 * (after the currency, whose scale they take) into {@link Amount}s more than zero.
 */
@Contract(name = Functions.Stable.NAME, info = @Info(title = "bondbridge stable units", version = "0.1.0"))
public final class StableContract implements FeatureContract {

    /** The issuer mints to an active account when the reserve policy still holds afterwards. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String mint(TxContext ctx, String currency, String account, String amount) {
        return mintOn(ctx, currency, account, amount, false, null);
    }

    /**
     * {@link #mint}, drawing on headroom shard {@code shard} (0 to {@link HeadroomShards#COUNT} - 1) instead of its
     * transaction's: a client with many mints in flight gives each its own shard, so none conflicts with another.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String mintOnShard(TxContext ctx, String currency, String account, String amount, String shard) {
        return mintOn(ctx, currency, account, amount, true, shard);
    }

    /** Both mints: on headroom shard {@code shard} when {@code onShard}, else on the transaction's own. */
    private static String mintOn(
            TxContext ctx, String currency, String account, String amount, boolean onShard, String shard) {
        return ctx.reply(() -> {
            String c = Currencies.require(Args.required(currency, "currency"));
            AccountId to = AccountId.parse(account, "account");
            Amount units = Amount.positive(amount, c, "amount");
            return !onShard
                    ? ctx.stableUnits().mint(ctx.caller(), c, to, units)
                    : ctx.stableUnits()
                            .mint(ctx.caller(), c, to, units, Parse.shard(shard, HeadroomShards.COUNT, "shard"));
        });
    }

    /** The issuer redistributes the currency's escrowed mint headroom against the reserve as it is now. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String rebalance(TxContext ctx, String currency) {
        return ctx.reply(() ->
                ctx.stableUnits().rebalance(ctx.caller(), Currencies.require(Args.required(currency, "currency"))));
    }

    /** The owner of {@code from} moves units to {@code to}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String transfer(TxContext ctx, String currency, String from, String to, String amount) {
        return ctx.reply(() -> {
            String c = Currencies.require(Args.required(currency, "currency"));
            return ctx.stableUnits()
                    .transfer(
                            ctx.caller(),
                            c,
                            AccountId.parse(from, "from"),
                            AccountId.parse(to, "to"),
                            Amount.positive(amount, c, "amount"));
        });
    }

    /** The owner of {@code from} burns units; a payout instruction to the issuer is recorded. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String redeem(TxContext ctx, String currency, String from, String amount) {
        return ctx.reply(() -> {
            String c = Currencies.require(Args.required(currency, "currency"));
            return ctx.stableUnits()
                    .redeem(ctx.caller(), c, AccountId.parse(from, "from"), Amount.positive(amount, c, "amount"));
        });
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String balance(TxContext ctx, String currency, String account) {
        return ctx.reply(() -> ctx.stableUnits()
                .balance(
                        ctx.caller(),
                        Currencies.require(Args.required(currency, "currency")),
                        AccountId.parse(account, "account")));
    }

    /** Balances of one account (or of all the caller's accounts when empty), of one currency (or all when empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String balances(TxContext ctx, String currency, String account) {
        return ctx.reply(() -> Map.of(
                "balances",
                ctx.stableUnits()
                        .balances(
                                ctx.caller(),
                                Args.optional(currency, "currency", (c, name) -> Currencies.require(c)),
                                Args.optional(account, "account", AccountId::parse))));
    }

    /** Minted, redeemed and outstanding units of a currency. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String supply(TxContext ctx, String currency) {
        return ctx.reply(
                () -> ctx.stableUnits().supply(ctx.caller(), Currencies.require(Args.required(currency, "currency"))));
    }
}
