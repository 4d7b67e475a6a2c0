package io.bondbridge.chaincode.payment;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.bondbridge.chaincode.governance.AccountId;
import io.bondbridge.chaincode.governance.Participant;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.governance.Role;
import io.bondbridge.chaincode.ledger.Amount;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Currencies;
import io.bondbridge.chaincode.ledger.ErrorCode;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.ledger.LedgerException;
import io.bondbridge.chaincode.stable.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-border payments: send (gross, PvP, or queued into a netting cycle), reject a queued payment, return a
 * settled one, and the reads (public record, member-only details).
 *
 * <p>What a gross payment reads and writes: reads the caller's participant, the two agents' participants and
 * accounts, the corridor, the block-list rows of the agents (and FX provider), the reference rate, the alert
 * threshold, the FX quote (PvP) and the balance rows it moves; writes the balance rows, its own payment, private
 * details and (when raised) alert rows, and only for a corridor with a daily limit the corridor's usage row of the
 * day. So payments of an unlimited corridor between different accounts never conflict; payments of a limited
 * corridor and day serialize on the usage row, which is what a running daily total means.
 */
public final class Payments {
    private static final Set<String> CHARGE_BEARERS = new TreeSet<>(List.of("CRED", "DEBT", "SHAR", "SLEV"));
    private static final int MAX_INFO = 140;

    private final Registry registry;
    private final Ledger ledger;
    private final Compliance compliance;

    public Payments(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
        this.compliance = new Compliance(registry, ledger);
    }

    /**
     * What a send (or a return) committed: public fields only, since a transaction's response is written into the
     * block every channel member holds.
     */
    public record Result(
            String txId,
            String e2eId,
            PaymentStatus status,
            String corridor,
            boolean alert,
            String hash,
            String cycle) {
        static Result of(String txId, Payment p) {
            return new Result(txId, p.e2eId(), p.status(), p.corridor(), p.alert(), p.hash(), p.cycle());
        }
    }

    /**
     * The debtor agent sends a payment; the private part travels in {@code instruction} (transient data). With a
     * settle currency other than the instructed one it is a PvP payment through the FX provider's quoted account;
     * with {@code cycleId} it is queued (INITIATED, no funds move) until the cycle closes.
     */
    public Result send(Caller caller, String e2eId, String corridorId, String cycleId, Instruction i) {
        Ids.require(e2eId, "end-to-end id");
        registry.requireRole(caller, "send payments", Role.BANK);
        if (ledger.exists(PaymentKeys.payment(e2eId))) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS, "payment %s already exists: an end-to-end id is used once", e2eId);
        }
        if (i == null) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "payment %s has no instruction: send it as transient data '%s'",
                    e2eId,
                    Instruction.TRANSIENT_KEY);
        }
        AccountId from = registry.accountId(required(i.from(), "from"));
        registry.requireOwner(caller, from);
        AccountId to = registry.accountId(required(i.to(), "to"));
        String collection = Privacy.collection(from.owner(), to.owner());
        Participant debtorAgent = registry.participant(from.owner());
        Participant creditorAgent = registry.participant(to.owner());
        Corridor corridor = new Corridors(registry, ledger).get(corridorId);
        if (!corridor.links(debtorAgent.jurisdiction(), creditorAgent.jurisdiction())) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "corridor %s links %s; %s (%s) to %s (%s) is not in it",
                    corridor.id(),
                    corridor.jurisdictions(),
                    debtorAgent.mspId(),
                    debtorAgent.jurisdiction(),
                    creditorAgent.mspId(),
                    creditorAgent.jurisdiction());
        }
        String currency = Currencies.require(required(i.currency(), "currency"));
        Amount amount = positive(i.amount(), currency, "amount");
        String settleCurrency = blank(i.settleCurrency())
                ? currency
                : Currencies.require(i.settleCurrency().strip());
        for (String c : List.of(currency, settleCurrency)) {
            if (!corridor.carries(c)) {
                throw LedgerException.of(
                        ErrorCode.POLICY_VIOLATION,
                        "corridor %s carries %s, not %s",
                        corridor.id(),
                        corridor.currencies(),
                        c);
            }
        }
        compliance.requireNotBlocked(from.owner(), "debtor agent");
        compliance.requireNotBlocked(to.owner(), "creditor agent");
        registry.requireActive(from, "send");
        registry.requireActive(to, "receive");

        Settlement settlement = new Settlement(registry, ledger);
        BigDecimal rate = null;
        String provider = null;
        Amount settleAmount = amount;
        if (!settleCurrency.equals(currency)) {
            if (cycleId != null) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "payment %s is PvP (%s against %s): it settles gross and cannot be queued in cycle %s",
                        e2eId,
                        currency,
                        settleCurrency,
                        cycleId);
            }
            rate = FxQuotes.rate(required(i.rate(), "rate"));
            AccountId fx = registry.accountId(required(i.fxProvider(), "fx provider"));
            if (fx.equals(from) || fx.equals(to)) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT, "the FX provider account %s must be a third account", fx);
            }
            compliance.requireNotBlocked(fx.owner(), "FX provider");
            new FxQuotes(registry, ledger).requireConsent(fx, currency, settleCurrency, rate);
            // amount x rate, rounded to the settle currency's minor unit, half-even (banker's rounding).
            settleAmount = Amount.of(
                    amount.toBigDecimal().multiply(rate), Currencies.scale(settleCurrency), RoundingMode.HALF_EVEN);
            if (!settleAmount.isPositive()) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "%s %s at rate %s settles as zero %s",
                        amount,
                        currency,
                        rate.stripTrailingZeros().toPlainString(),
                        settleCurrency);
            }
            // Both legs in one Settlement: the debtor's currency to the provider, the provider's to the creditor.
            settlement.move(from, fx, currency, amount).move(fx, to, settleCurrency, settleAmount);
            provider = fx.toString();
        } else if (!blank(i.rate()) || !blank(i.fxProvider())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a rate and an FX provider need a settle currency other than %s",
                    currency);
        } else if (cycleId == null) {
            settlement.move(from, to, currency, amount);
        }

        BigDecimal usd = compliance.usdExact(amount, currency);
        Amount threshold = compliance.thresholdUsd();
        boolean alert = Compliance.reaches(usd, threshold);
        Optional<DailyUsage> usage = compliance.chargeDailyLimit(corridor, Compliance.usdCents(usd));
        if (cycleId != null) {
            new Netting(registry, ledger).requireOpen(cycleId);
        }
        String salt = PaymentHash.requireSalt(i.salt());
        PaymentDetails details = new PaymentDetails(
                e2eId,
                corridor.id(),
                text(i.debtor(), from.toString(), "debtor"),
                from.toString(),
                from.owner(),
                text(i.creditor(), to.toString(), "creditor"),
                to.toString(),
                to.owner(),
                amount,
                currency,
                rate,
                provider,
                settleAmount,
                settleCurrency,
                chargeBearer(i.chargeBearer()),
                blank(i.purpose()) ? null : Ids.require(i.purpose().strip(), "purpose code"),
                blank(i.info()) ? null : text(i.info(), null, "remittance information"),
                cycleId);
        String hash = PaymentHash.of(details, salt);
        PaymentStatus status = cycleId == null ? PaymentStatus.SETTLED : PaymentStatus.INITIATED;
        Payment payment = new Payment(
                e2eId,
                corridor.id(),
                status,
                alert,
                hash,
                collection,
                cycleId,
                ledger.now(),
                ledger.txId(),
                ledger.now(),
                ledger.txId(),
                null);

        // Every check passed: write. Settlement writes the balance rows only now, each once.
        if (cycleId == null) {
            settlement.apply();
        } else {
            ledger.put(
                    PaymentKeys.queue(cycleId, e2eId),
                    new Queued(e2eId, cycleId, from.toString(), to.toString(), currency, amount, ledger.now()));
        }
        ledger.put(PaymentKeys.payment(e2eId), payment);
        ledger.putPrivate(collection, PaymentKeys.details(e2eId), new PrivatePayment(details, salt));
        if (alert) {
            ledger.put(
                    PaymentKeys.alert(e2eId),
                    new Alert(
                            e2eId,
                            corridor.id(),
                            "USD equivalent at or above the alert threshold of USD " + threshold,
                            threshold,
                            ledger.now(),
                            ledger.txId()));
        }
        usage.ifPresent(u -> ledger.put(PaymentKeys.usage(corridor.id(), LocalDate.parse(u.day())), u));
        ledger.emit(cycleId == null ? "PaymentSettled" : "PaymentQueued", payment);
        return Result.of(ledger.txId(), payment);
    }

    /**
     * A queued (INITIATED) payment is rejected before its cycle closes, by either agent or the cycle's operator: it
     * leaves the queue and will not be netted.
     */
    public Result reject(Caller caller, String e2eId, String reason) {
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
                p.withStatus(PaymentStatus.REJECTED, ledger.now(), ledger.txId(), required(reason, "reason"));
        ledger.delete(PaymentKeys.queue(p.cycle(), e2eId));
        ledger.put(PaymentKeys.payment(e2eId), rejected);
        ledger.emit("PaymentRejected", rejected);
        return Result.of(ledger.txId(), rejected);
    }

    /**
     * The creditor agent returns a SETTLED single-currency payment: its settlement amount goes back to the debtor
     * agent's account. The creditor presents the private details with their salt (transient data), checked against
     * the public hash, so the transaction reads no private data and any endorser can run it.
     */
    public Result returnPayment(Caller caller, String e2eId, String reason, PrivatePayment presented) {
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
        String why = required(reason, "reason");
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
        return Result.of(ledger.txId(), returned);
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
    public DailyUsage usage(String corridorId, String day) {
        LocalDate d = day == null ? LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC) : LocalDate.parse(day);
        return compliance.usage(new Corridors(registry, ledger).get(corridorId).id(), d);
    }

    private static Amount positive(String text, String currency, String what) {
        Amount a = Currencies.parse(text, currency, what);
        if (!a.isPositive()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s %s %s must be more than zero", what, a, currency);
        }
        return a;
    }

    private static String chargeBearer(String text) {
        if (blank(text)) {
            return "SHAR";
        }
        String cb = text.strip();
        if (!CHARGE_BEARERS.contains(cb)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "charge bearer '%s' is not one of %s", cb, CHARGE_BEARERS);
        }
        return cb;
    }

    /** Free text of at most 140 characters (pacs.008's Max140Text), or {@code fallback} when blank. */
    private static String text(String value, String fallback, String what) {
        if (blank(value)) {
            return fallback;
        }
        String v = value.strip();
        if (v.length() > MAX_INFO || v.chars().anyMatch(Character::isISOControl)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s must be at most %d printable characters", what, MAX_INFO);
        }
        return v;
    }

    private static String required(String value, String what) {
        if (blank(value)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
