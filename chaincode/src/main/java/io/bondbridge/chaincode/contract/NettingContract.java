package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.LedgerContract;
import io.bondbridge.chaincode.payment.Netting;
import io.bondbridge.chaincode.payment.SwapLines;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Multilateral netting cycles (a central bank operates them) and central-bank swap lines. */
@Contract(name = "netting", info = @Info(title = "bondbridge netting and swap lines", version = "0.1.0"))
public final class NettingContract implements LedgerContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String open(BondBridgeContext ctx, String cycle) {
        return Json.write(netting(ctx).open(ctx.caller(), Args.required(cycle, "cycle")));
    }

    /** The operator settles the net positions of the queued payments: all of them or nothing. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String close(BondBridgeContext ctx, String cycle) {
        return Json.write(netting(ctx).close(ctx.caller(), Args.required(cycle, "cycle")));
    }

    /** The cycle and its queued payments (interbank legs). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String show(BondBridgeContext ctx, String cycle) {
        new Registry(ctx.ledger()).caller(ctx.caller());
        String id = Args.required(cycle, "cycle");
        return Json.write(
                Map.of("cycle", netting(ctx).get(id), "queue", netting(ctx).queue(id)));
    }

    /** One of two central banks creates a swap line; limit in the first currency. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String createSwapLine(BondBridgeContext ctx, String id, String between, String currencies, String limit) {
        return Json.write(swapLines(ctx).create(ctx.caller(), Args.required(id, "id"), between, currencies, limit));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String drawSwapLine(BondBridgeContext ctx, String id, String amount) {
        return Json.write(swapLines(ctx).draw(ctx.caller(), Args.required(id, "id"), amount));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String repaySwapLine(BondBridgeContext ctx, String id, String amount) {
        return Json.write(swapLines(ctx).repay(ctx.caller(), Args.required(id, "id"), amount));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String showSwapLine(BondBridgeContext ctx, String id) {
        new Registry(ctx.ledger()).caller(ctx.caller());
        return Json.write(swapLines(ctx).show(Args.required(id, "id")));
    }

    private static Netting netting(BondBridgeContext ctx) {
        return new Netting(new Registry(ctx.ledger()), ctx.ledger());
    }

    private static SwapLines swapLines(BondBridgeContext ctx) {
        return new SwapLines(new Registry(ctx.ledger()), ctx.ledger());
    }
}
