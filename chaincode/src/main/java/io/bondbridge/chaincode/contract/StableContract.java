package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Functions;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Stable units: mint, transfer, redeem, balances. Amounts are decimal strings in the currency's unit. */
@Contract(name = Functions.Stable.NAME, info = @Info(title = "bondbridge stable units", version = "0.1.0"))
public final class StableContract implements FeatureContract {

    /** The issuer mints to an active account when the reserve policy still holds afterwards. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String mint(TxContext ctx, String currency, String account, String amount) {
        return ctx.reply(() -> ctx.stableUnits()
                .mint(ctx.caller(), Args.required(currency, "currency"), Args.required(account, "account"), amount));
    }

    /** The owner of {@code from} moves units to {@code to}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String transfer(TxContext ctx, String currency, String from, String to, String amount) {
        return ctx.reply(() -> ctx.stableUnits()
                .transfer(
                        ctx.caller(),
                        Args.required(currency, "currency"),
                        Args.required(from, "from"),
                        Args.required(to, "to"),
                        amount));
    }

    /** The owner of {@code from} burns units; a payout instruction to the issuer is recorded. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String redeem(TxContext ctx, String currency, String from, String amount) {
        return ctx.reply(() -> ctx.stableUnits()
                .redeem(ctx.caller(), Args.required(currency, "currency"), Args.required(from, "from"), amount));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String balance(TxContext ctx, String currency, String account) {
        return ctx.reply(() -> ctx.stableUnits()
                .balance(ctx.caller(), Args.required(currency, "currency"), Args.required(account, "account")));
    }

    /** Balances of one account (or of all the caller's accounts when empty), of one currency (or all when empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String balances(TxContext ctx, String currency, String account) {
        return ctx.reply(() -> Map.of(
                "balances", ctx.stableUnits().balances(ctx.caller(), Args.optional(currency), Args.optional(account))));
    }

    /** Minted, redeemed and outstanding units of a currency. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String supply(TxContext ctx, String currency) {
        return ctx.reply(() -> ctx.stableUnits().supply(ctx.caller(), Args.required(currency, "currency")));
    }
}
