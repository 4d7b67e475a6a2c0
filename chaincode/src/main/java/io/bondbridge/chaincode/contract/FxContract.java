package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.LedgerContract;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** USD reference rates: the USD value of one unit of a currency. */
@Contract(name = "fx", info = @Info(title = "bondbridge reference rates", version = "0.1.0"))
public final class FxContract implements LedgerContract {

    /** The currency's issuer, or the regulator, sets its USD reference rate. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setReference(BondBridgeContext ctx, String currency, String usd) {
        return Json.write(rates(ctx).set(ctx.caller(), Args.required(currency, "currency"), usd));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getReference(BondBridgeContext ctx, String currency) {
        return Json.write(rates(ctx).get(Args.required(currency, "currency")));
    }

    /** Every rate the currency had, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String referenceHistory(BondBridgeContext ctx, String currency) {
        String c = Args.required(currency, "currency");
        return Json.write(Map.of("currency", c, "rates", rates(ctx).history(c)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listReferences(BondBridgeContext ctx) {
        return Json.write(Map.of("rates", rates(ctx).all()));
    }

    private static ReferenceRates rates(BondBridgeContext ctx) {
        return new ReferenceRates(new Registry(ctx.ledger()));
    }
}
