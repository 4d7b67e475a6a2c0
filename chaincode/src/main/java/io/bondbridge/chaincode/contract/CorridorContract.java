package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Limits;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.chaincode.payment.Compliance;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Corridors and the compliance settings payments are checked against: block list, alerts, alert threshold. */
@Contract(
        name = Functions.Corridor.NAME,
        info = @Info(title = "bondbridge corridors and compliance", version = "0.1.0"))
public final class CorridorContract implements FeatureContract {

    /** A central bank or the regulator sets a corridor; {@code currencies} and {@code dailyLimitUsd} may be empty. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String set(TxContext ctx, String id, String jurisdictions, String currencies, String dailyLimitUsd) {
        return ctx.reply(() -> ctx.corridors()
                .set(
                        ctx.caller(),
                        Args.required(id, "id"),
                        Limits.list(jurisdictions, "jurisdictions"),
                        Limits.list(currencies, "currencies"),
                        Args.optional(dailyLimitUsd, "daily limit (USD)", (text, name) -> usd(text, name))));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String get(TxContext ctx, String id) {
        return ctx.reply(() -> ctx.corridors().get(Args.required(id, "id")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String list(TxContext ctx) {
        return ctx.reply(() -> Map.of("corridors", ctx.corridors().all()));
    }

    /** The regulator puts a participant on the block list. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String block(TxContext ctx, String participant, String reason) {
        return ctx.reply(() -> ctx.compliance().block(ctx.caller(), Args.required(participant, "participant"), reason));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String unblock(TxContext ctx, String participant) {
        return ctx.reply(() -> ctx.compliance().unblock(ctx.caller(), Args.required(participant, "participant")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String blocked(TxContext ctx) {
        return ctx.reply(() -> Map.of("blocked", ctx.compliance().blocked()));
    }

    /** Payment alerts: REGULATOR and AUDITOR only. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String alerts(TxContext ctx) {
        return ctx.reply(() -> {
            Compliance c = ctx.compliance();
            return Map.of("alerts", c.alerts(ctx.caller()), "thresholdUsd", c.thresholdUsd());
        });
    }

    /**
     * The regulator sets the USD alert threshold (default 50000.00): the governed parameter {@code alertThresholdUsd},
     * as {@code governance:setParameter} sets it.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setAlertThreshold(TxContext ctx, String usd) {
        return ctx.reply(() -> ctx.compliance().setThreshold(ctx.caller(), usd(usd, "alert threshold")));
    }

    private static Amount usd(String text, String what) {
        return Amount.positive(text, ReferenceRate.USD, what);
    }
}
