package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.ReferenceRate;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** USD reference rates: the USD value of one unit of a currency. */
@Contract(name = Functions.Fx.NAME, info = @Info(title = "bondbridge reference rates", version = "0.1.0"))
public final class FxContract implements FeatureContract {

    /** The currency's issuer, or the regulator, sets its USD reference rate. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setReference(TxContext ctx, String currency, String usd) {
        return ctx.reply(() -> ctx.referenceRates()
                .set(
                        ctx.caller(),
                        Currencies.require(Args.required(currency, "currency")),
                        Parse.exchangeRate(usd, ReferenceRate.SCALE, "USD rate")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getReference(TxContext ctx, String currency) {
        return ctx.reply(() -> ctx.referenceRates().get(Args.required(currency, "currency")));
    }

    /** Every rate the currency had, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String referenceHistory(TxContext ctx, String currency) {
        return ctx.reply(() -> {
            String c = Args.required(currency, "currency");
            return Map.of("currency", c, "rates", ctx.referenceRates().history(c));
        });
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listReferences(TxContext ctx) {
        return ctx.reply(() -> Map.of("rates", ctx.referenceRates().all()));
    }
}
