package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Limits;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Multilateral netting cycles (a central bank operates them) and central-bank swap lines. */
@Contract(name = Functions.Netting.NAME, info = @Info(title = "bondbridge netting and swap lines", version = "0.1.0"))
public final class NettingContract implements FeatureContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String open(TxContext ctx, String cycle) {
        return ctx.reply(() -> ctx.netting().open(ctx.caller(), Args.required(cycle, "cycle")));
    }

    /** The operator settles the net positions of the queued payments: all of them or nothing. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String close(TxContext ctx, String cycle) {
        return ctx.reply(() -> ctx.netting().close(ctx.caller(), Args.required(cycle, "cycle")));
    }

    /** The cycle and its queued payments (interbank legs). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String show(TxContext ctx, String cycle) {
        return ctx.reply(() -> {
            String id = Args.required(cycle, "cycle");
            return Map.of("cycle", ctx.netting().get(id), "queue", ctx.netting().queue(id));
        });
    }

    /**
     * The lender (a central bank issuing the first currency) creates a funded swap line: limit in the first currency
     * (its places checked by the rule), exchange rate, interest percent a year (ACT/360), the account it lends from
     * (empty: its main account).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String createSwapLine(
            TxContext ctx,
            String id,
            String between,
            String currencies,
            String limit,
            String rate,
            String interest,
            String account) {
        return ctx.reply(() -> ctx.swapLines()
                .create(
                        ctx.caller(),
                        Args.required(id, "id"),
                        Limits.list(between, "swap line parties"),
                        Limits.list(currencies, "swap line currencies"),
                        Amount.positive(limit, "limit"),
                        rate,
                        interest,
                        account));
    }

    /** The drawer draws into {@code account} (empty: its main account): lent units in, own currency to escrow. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String drawSwapLine(TxContext ctx, String id, String amount, String account) {
        return ctx.reply(() -> ctx.swapLines()
                .draw(ctx.caller(), Args.required(id, "id"), Amount.positive(amount, "amount"), account));
    }

    /**
     * The drawer repays part or all of one drawing ({@code drawing} empty: the oldest with something outstanding),
     * with interest; the escrow comes back in proportion.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String repaySwapLine(TxContext ctx, String id, String drawing, String amount) {
        return ctx.reply(() -> ctx.swapLines()
                .repay(
                        ctx.caller(),
                        Args.required(id, "id"),
                        drawingNumber(drawing),
                        Amount.positive(amount, "amount")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String showSwapLine(TxContext ctx, String id) {
        return ctx.reply(() -> ctx.swapLines().show(Args.required(id, "id")));
    }

    /** 0 for an empty argument (the oldest open drawing). */
    private static int drawingNumber(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip();
        if (!t.matches("[1-9][0-9]{0,5}")) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "drawing '%s' is not a drawing number (1, 2, ...)", t);
        }
        return Integer.parseInt(t);
    }
}
