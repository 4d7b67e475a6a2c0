package io.bondbridge.chaincode.payment;

import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Block;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.Cycle;
import io.bondbridge.api.payment.DailyUsage;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Parameter;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PrivatePayment;
import io.bondbridge.api.payment.Queued;
import io.bondbridge.api.payment.SwapDrawing;
import io.bondbridge.chaincode.ledger.Key;
import java.time.LocalDate;

/**
 * The state namespaces of cross-border payments. They are part of the stored keys: never rename one.
 *
 * <pre>
 * pay.corridor  (corridorId)          -> {@link Corridor}       set by a central bank or the regulator
 * pay.payment   (e2eId)               -> {@link Payment}        public record: hash, corridor, status, alert flag
 * pay.details   (e2eId)               -> {@link PrivatePayment} PRIVATE, in pd_MSP1_MSP2 of the two agents
 * pay.usage     (corridorId, utcDay)  -> {@link DailyUsage}     only for a corridor with a daily limit
 * pay.alert     (e2eId)               -> {@link Alert}          one row per payment at or above the threshold
 * pay.block     (mspId)               -> {@link Block}          the regulator's block list
 * pay.param     (name)                -> {@link Parameter}      governed parameters (alert threshold)
 * pay.quote     (providerMsp, C, D)   -> {@link FxQuote}        a provider's standing quote: 1 C = rate D
 * pay.cycle     (cycleId)             -> {@link Cycle}          a netting cycle and, once closed, its report
 * pay.queue     (cycleId, e2eId)      -> {@link Queued}         a payment waiting in a cycle (interbank legs)
 * pay.swapline  (swapLineId)          -> {@link SwapLine}       a swap line and what is drawn on it
 * pay.swapdraw  (swapLineId, number)  -> {@link SwapDrawing}    one drawing: principal, outstanding, escrow
 * </pre>
 *
 * <p>A payment writes its own rows (payment, details, alert, queue) keyed by its end-to-end id, plus the balance
 * rows it moves; the only shared row it may write is the usage row of a corridor that has a daily limit.
 */
public final class PaymentKeys {
    public static final String CORRIDOR = "pay.corridor";
    public static final String PAYMENT = "pay.payment";
    public static final String DETAILS = "pay.details";
    public static final String USAGE = "pay.usage";
    public static final String ALERT = "pay.alert";
    public static final String BLOCK = "pay.block";
    public static final String PARAM = "pay.param";
    public static final String QUOTE = "pay.quote";
    public static final String CYCLE = "pay.cycle";
    public static final String QUEUE = "pay.queue";
    public static final String SWAPLINE = "pay.swapline";
    public static final String SWAPDRAW = "pay.swapdraw";

    private PaymentKeys() {}

    public static Key corridor(String id) {
        return Key.of(CORRIDOR, id);
    }

    public static Key payment(String e2eId) {
        return Key.of(PAYMENT, e2eId);
    }

    public static Key details(String e2eId) {
        return Key.of(DETAILS, e2eId);
    }

    public static Key usage(String corridor, LocalDate day) {
        return Key.of(USAGE, corridor, day.toString());
    }

    public static Key alert(String e2eId) {
        return Key.of(ALERT, e2eId);
    }

    public static Key block(String mspId) {
        return Key.of(BLOCK, mspId);
    }

    public static Key param(String name) {
        return Key.of(PARAM, name);
    }

    public static Key quote(String providerMsp, String base, String quote) {
        return Key.of(QUOTE, providerMsp, base, quote);
    }

    public static Key cycle(String id) {
        return Key.of(CYCLE, id);
    }

    public static Key queue(String cycle, String e2eId) {
        return Key.of(QUEUE, cycle, e2eId);
    }

    public static Key swapLine(String id) {
        return Key.of(SWAPLINE, id);
    }

    /** Numbers zero-padded to 6 digits so a line's drawings list in number order. */
    public static Key swapDrawing(String line, int number) {
        return Key.of(SWAPDRAW, line, Key.number(number, 6));
    }
}
