package io.bondbridge.chaincode.payment;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.payment.Cycle;
import io.bondbridge.api.payment.DailyUsage;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentDetails;
import io.bondbridge.api.payment.PaymentHash;
import io.bondbridge.api.payment.PaymentResult;
import io.bondbridge.api.payment.PaymentStatus;
import io.bondbridge.api.payment.PrivatePayment;
import io.bondbridge.api.payment.Queued;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cross-border payments: send (gross, PvP, or queued into a netting cycle), reject a queued payment, return a
 * settled one, and the reads (public record, member-only details).
 *
 * <p>What a gross payment reads and writes: reads the caller's participant, the two agents' participants and
 * accounts, the corridor, the block-list rows of the agents (and FX provider), the reference rate, the alert
 * threshold, the FX quote (PvP) and the balance rows it moves; writes the balance rows, its own payment, private
 * details and (when raised) alert rows, and only for a corridor with a daily limit the corridor's usage row of the
 * day. So payments of an unlimited corridor between different accounts never conflict; payments of a limited
 * corridor and day serialize on the usage row, which is what a running daily total means. The FX provider of a PvP
 * payment is shared by design; its two balances are sharded ({@link io.bondbridge.api.stable.BalanceShards}),
 * so PvP payments through one desk touch its head and one shard per currency and meet only on a common shard.
 */
public final class Payments {
    private final Registry registry;
    private final Ledger ledger;
    private final Compliance compliance;

    public Payments(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
        this.compliance = new Compliance(registry, ledger);
    }

    /**
     * The debtor agent sends a payment; the private part travels in {@code instruction} (transient data). With a
     * settle currency other than the instructed one it is a PvP payment through the FX provider's quoted account;
     * with {@code cycleId} it is queued (INITIATED, no funds move) until the cycle closes.
     *
     * <p>In three steps: the instruction checked against the ledger ({@link SendOrder}), how its value moves
     * ({@link PaymentLegs}), then, once the compliance checks passed too, the writes ({@link #write}).
     */
    public PaymentResult send(Caller caller, String e2eId, String corridorId, String cycleId, Instruction i) {
        PaymentReads.prefetch(registry, ledger, e2eId, corridorId, i);
        SendOrder order = SendOrder.check(registry, ledger, compliance, caller, e2eId, corridorId, cycleId, i);
        Settlement settlement = new Settlement(registry, ledger);
        PaymentLegs legs = PaymentLegs.of(order, registry, ledger, compliance, settlement);

        BigDecimal usd = compliance.usdExact(order.amount(), order.currency());
        Compliance.Threshold threshold = compliance.threshold();
        boolean alert = Compliance.reaches(usd, threshold.usd());
        Optional<DailyUsage> usage = compliance.chargeDailyLimit(order.corridor(), Compliance.usdCents(usd));
        if (order.queued()) {
            new Netting(registry, ledger).requireOpen(order.cycleId());
        }
        String salt = PaymentHash.requireSalt(i.salt());
        PaymentDetails details = order.details(legs);
        Payment payment = new Payment(
                e2eId,
                order.corridor().id(),
                order.queued() ? PaymentStatus.INITIATED : PaymentStatus.SETTLED,
                alert,
                PaymentHash.of(details, salt),
                order.collection(),
                order.cycleId(),
                ledger.now(),
                ledger.txId(),
                ledger.now(),
                ledger.txId(),
                null);
        write(order, settlement, payment, new PrivatePayment(details, salt), alert ? threshold : null, usage);
        return PaymentResult.of(ledger.txId(), payment);
    }

    /**
     * Every check passed: writes the payment. The settlement writes the balance rows only now, each once (or the
     * queue row instead, for a queued payment); then the public record, the private details, the alert when the USD
     * equivalent reached {@code alertThreshold} (null: no alert), the corridor's usage row, and the event.
     */
    private void write(
            SendOrder o,
            Settlement settlement,
            Payment payment,
            PrivatePayment details,
            Compliance.Threshold alertThreshold,
            Optional<DailyUsage> usage) {
        String e2eId = o.e2eId();
        if (!o.queued()) {
            settlement.apply();
        } else {
            ledger.put(
                    PaymentKeys.queue(o.cycleId(), e2eId),
                    new Queued(
                            e2eId,
                            o.cycleId(),
                            o.from().toString(),
                            o.to().toString(),
                            o.currency(),
                            o.amount(),
                            ledger.now()));
        }
        ledger.put(PaymentKeys.payment(e2eId), payment);
        ledger.putPrivate(o.collection(), PaymentKeys.details(e2eId), details);
        if (alertThreshold != null) {
            ledger.put(
                    PaymentKeys.alert(e2eId),
                    compliance.alert(e2eId, o.corridor().id(), alertThreshold));
        }
        usage.ifPresent(u -> ledger.put(PaymentKeys.usage(o.corridor().id(), LocalDate.parse(u.day())), u));
        ledger.emit(o.queued() ? "PaymentQueued" : "PaymentSettled", payment);
    }

    /**
     * A queued (INITIATED) payment is rejected before its cycle closes, by either agent or the cycle's operator: it
     * leaves the queue and will not be netted.
     */
    public PaymentResult reject(Caller caller, String e2eId, String reason) {
        Payment p = get(e2eId);
        if (p.status() != PaymentStatus.INITIATED) {
            throw LedgerException.of(
                    ErrorCode.CONFLICT,
                    "payment %s is %s; only a queued (INITIATED) payment can be rejected",
                    e2eId,
                    p.status());
        }
        Queued q = ledger.get(PaymentKeys.queue(p.cycle(), e2eId), Queued.class, "queue entry of " + e2eId);
        Cycle cycle = new Netting(registry, ledger).requireOpen(p.cycle());
        registry.caller(caller);
        String me = caller.mspId();
        if (!me.equals(registry.accountId(q.from()).owner())
                && !me.equals(registry.accountId(q.to()).owner())
                && !me.equals(cycle.operator())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not reject payment %s (its agents or cycle operator %s only)",
                    me,
                    e2eId,
                    cycle.operator());
        }
        Payment rejected =
                p.withStatus(PaymentStatus.REJECTED, ledger.now(), ledger.txId(), Fields.required(reason, "reason"));
        ledger.delete(PaymentKeys.queue(p.cycle(), e2eId));
        ledger.put(PaymentKeys.payment(e2eId), rejected);
        ledger.emit("PaymentRejected", rejected);
        return PaymentResult.of(ledger.txId(), rejected);
    }

    /**
     * The creditor agent returns a SETTLED single-currency payment: its settlement amount goes back to the debtor
     * agent's account. The creditor presents the private details with their salt (transient data), checked against
     * the public hash, so the transaction reads no private data and any endorser can run it.
     */
    public PaymentResult returnPayment(Caller caller, String e2eId, String reason, PrivatePayment presented) {
        Payment p = get(e2eId);
        if (presented == null || !PaymentHash.matches(presented.details(), presented.salt(), p.hash())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the details presented for %s do not match its hash %s",
                    e2eId,
                    p.hash());
        }
        PaymentDetails d = presented.details();
        if (!caller.mspId().equals(d.creditorAgent())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not return payment %s: only its creditor agent %s may",
                    caller.mspId(),
                    e2eId,
                    d.creditorAgent());
        }
        if (p.status() != PaymentStatus.SETTLED) {
            throw LedgerException.of(
                    ErrorCode.CONFLICT, "payment %s is %s; only a SETTLED payment can be returned", e2eId, p.status());
        }
        if (d.pvp()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "payment %s is PvP: return it with a new payment, the provider's quote is not a return rate",
                    e2eId);
        }
        String why = Fields.required(reason, "reason");
        AccountId creditor = registry.accountId(d.creditorAccount());
        AccountId debtor = registry.accountId(d.debtorAccount());
        compliance.requireNotBlocked(creditor.owner(), "creditor agent");
        compliance.requireNotBlocked(debtor.owner(), "debtor agent");
        new Settlement(registry, ledger)
                .move(creditor, debtor, d.settleCurrency(), d.settleAmount())
                .apply();
        Payment returned = p.withStatus(PaymentStatus.RETURNED, ledger.now(), ledger.txId(), why);
        ledger.put(PaymentKeys.payment(e2eId), returned);
        ledger.emit("PaymentReturned", returned);
        return PaymentResult.of(ledger.txId(), returned);
    }

    public Payment get(String e2eId) {
        Ids.require(e2eId, "end-to-end id");
        return ledger.get(PaymentKeys.payment(e2eId), Payment.class, "payment " + e2eId);
    }

    /** Public records, in end-to-end id order; of one corridor when {@code corridor} is not null. */
    public List<Payment> list(String corridor) {
        return ledger.list(Payment.class, PaymentKeys.PAYMENT).stream()
                .map(Ledger.Row::value)
                .filter(p -> corridor == null || p.corridor().equals(corridor))
                .toList();
    }

    /** The private row of a payment: FORBIDDEN unless the caller's organization is a member of its collection. */
    public PrivatePayment details(Caller caller, String e2eId) {
        Payment p = get(e2eId);
        registry.caller(caller);
        Privacy.requireMember(p.collection(), caller.mspId(), e2eId);
        return ledger.findPrivate(p.collection(), PaymentKeys.details(e2eId), PrivatePayment.class)
                .orElseThrow(() ->
                        LedgerException.of(ErrorCode.NOT_FOUND, "details of payment %s are not on this peer", e2eId));
    }

    /**
     * The public record, plus (flat, for members of the payment's collection only) the amounts and parties;
     * {@code visible} says which.
     */
    public JsonObject show(Caller caller, String e2eId) {
        Payment p = get(e2eId);
        registry.caller(caller);
        JsonObject view = Json.parse(Json.write(p)).getAsJsonObject();
        boolean member = Privacy.member(p.collection(), caller.mspId());
        if (member) {
            PrivatePayment pp = details(caller, e2eId);
            for (Map.Entry<String, JsonElement> e :
                    Json.parse(Json.write(pp.details())).getAsJsonObject().entrySet()) {
                if (!view.has(e.getKey())) {
                    view.add(e.getKey(), e.getValue());
                }
            }
            view.addProperty("verified", PaymentHash.matches(pp.details(), pp.salt(), p.hash()));
        }
        view.addProperty("visible", member);
        return view;
    }

    /** A corridor's usage on the UTC day of {@code day} (today when null). */
    public DailyUsage usage(String corridorId, LocalDate day) {
        LocalDate d = day == null ? LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC) : day;
        return compliance.usage(new Corridors(registry, ledger).get(corridorId).id(), d);
    }
}
