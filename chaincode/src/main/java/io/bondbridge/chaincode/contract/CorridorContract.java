package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.LedgerContract;
import io.bondbridge.chaincode.payment.Compliance;
import io.bondbridge.chaincode.payment.Corridors;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Corridors and the compliance settings payments are checked against: block list, alerts, alert threshold. */
@Contract(name = "corridor", info = @Info(title = "bondbridge corridors and compliance", version = "0.1.0"))
public final class CorridorContract implements LedgerContract {

    /** A central bank or the regulator sets a corridor; {@code currencies} and {@code dailyLimitUsd} may be empty. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String set(BondBridgeContext ctx, String id, String jurisdictions, String currencies, String dailyLimitUsd) {
        return Json.write(
                corridors(ctx).set(ctx.caller(), Args.required(id, "id"), jurisdictions, currencies, dailyLimitUsd));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String get(BondBridgeContext ctx, String id) {
        return Json.write(corridors(ctx).get(Args.required(id, "id")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String list(BondBridgeContext ctx) {
        return Json.write(Map.of("corridors", corridors(ctx).all()));
    }

    /** The regulator puts a participant on the block list. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String block(BondBridgeContext ctx, String participant, String reason) {
        return Json.write(compliance(ctx).block(ctx.caller(), Args.required(participant, "participant"), reason));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String unblock(BondBridgeContext ctx, String participant) {
        return Json.write(compliance(ctx).unblock(ctx.caller(), Args.required(participant, "participant")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String blocked(BondBridgeContext ctx) {
        new Registry(ctx.ledger()).caller(ctx.caller());
        return Json.write(Map.of("blocked", compliance(ctx).blocked()));
    }

    /** Payment alerts: REGULATOR and AUDITOR only. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String alerts(BondBridgeContext ctx) {
        Compliance c = compliance(ctx);
        return Json.write(Map.of("alerts", c.alerts(ctx.caller()), "thresholdUsd", c.thresholdUsd()));
    }

    /** The regulator sets the USD alert threshold (default 50000.00). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setAlertThreshold(BondBridgeContext ctx, String usd) {
        return Json.write(compliance(ctx).setThreshold(ctx.caller(), usd));
    }

    private static Corridors corridors(BondBridgeContext ctx) {
        return new Corridors(new Registry(ctx.ledger()), ctx.ledger());
    }

    private static Compliance compliance(BondBridgeContext ctx) {
        return new Compliance(new Registry(ctx.ledger()), ctx.ledger());
    }
}
