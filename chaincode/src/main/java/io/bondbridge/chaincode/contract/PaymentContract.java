package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.PrivatePayment;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Cross-border payments. Private inputs travel as transient data, never as arguments: {@code send} reads the
 * {@link Instruction} under key {@code payment}; {@code returnPayment} the {@link PrivatePayment} under
 * {@code details}.
 */
@Contract(name = Functions.Payment.NAME, info = @Info(title = "bondbridge payments", version = "0.1.0"))
public final class PaymentContract implements FeatureContract {
    /** The debtor agent sends a payment; {@code cycle} empty for gross settlement. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String send(TxContext ctx, String e2eId, String corridor, String cycle) {
        return ctx.reply(() -> {
            Instruction i = transientInput(ctx, Instruction.TRANSIENT_KEY, Instruction.class);
            return ctx.payments()
                    .send(
                            ctx.caller(),
                            Args.required(e2eId, "e2eId"),
                            Args.required(corridor, "corridor"),
                            Args.optional(cycle),
                            i);
        });
    }

    /** An agent or the cycle's operator rejects a queued payment. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String reject(TxContext ctx, String e2eId, String reason) {
        return ctx.reply(() -> ctx.payments().reject(ctx.caller(), Args.required(e2eId, "e2eId"), reason));
    }

    /** The creditor agent returns a settled payment, presenting its details (transient {@code details}). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String returnPayment(TxContext ctx, String e2eId, String reason) {
        return ctx.reply(() -> {
            PrivatePayment presented = transientInput(ctx, PrivatePayment.TRANSIENT_KEY, PrivatePayment.class);
            return ctx.payments().returnPayment(ctx.caller(), Args.required(e2eId, "e2eId"), reason, presented);
        });
    }

    /** The public record; amounts and parties added for members of the payment's collection. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String show(TxContext ctx, String e2eId) {
        return ctx.reply(() -> ctx.payments().show(ctx.caller(), Args.required(e2eId, "e2eId")));
    }

    /** The private row (details and salt): members of the payment's collection only, else FORBIDDEN. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String details(TxContext ctx, String e2eId) {
        return ctx.reply(() -> ctx.payments().details(ctx.caller(), Args.required(e2eId, "e2eId")));
    }

    /** Public records, of one corridor when {@code corridor} is not empty. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String list(TxContext ctx, String corridor) {
        return ctx.reply(() -> Map.of("payments", ctx.payments().list(Args.optional(corridor))));
    }

    /** A provider publishes a standing quote: 1 {@code base} = {@code rate} {@code quote} until {@code validUntil}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String quote(TxContext ctx, String account, String base, String quote, String rate, String validUntil) {
        return ctx.reply(() -> ctx.fxQuotes()
                .set(
                        ctx.caller(),
                        AccountId.parse(account, "account"),
                        Currencies.require(Args.required(base, "base")),
                        Currencies.require(Args.required(quote, "quote")),
                        Parse.exchangeRate(rate, FxQuote.RATE_SCALE, "rate"),
                        Parse.instant(validUntil, "valid-until")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String quotes(TxContext ctx) {
        return ctx.reply(() -> Map.of("quotes", ctx.fxQuotes().all()));
    }

    /** A corridor's usage on a UTC day (ISO date; today when empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String usage(TxContext ctx, String corridor, String day) {
        return ctx.reply(() ->
                ctx.payments().usage(Args.required(corridor, "corridor"), Args.optional(day, "day", Parse::date)));
    }

    private static <T> T transientInput(TxContext ctx, String key, Class<T> type) {
        Map<String, byte[]> data = ctx.getStub().getTransient();
        byte[] bytes = data == null ? null : data.get(key);
        return bytes == null || bytes.length == 0
                ? null
                : Args.json(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), type, "transient " + key);
    }
}
