package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Block;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.DailyUsage;
import io.bondbridge.api.payment.Parameter;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The compliance rules of payments: USD equivalents by the reference rates, the alert threshold (the governed
 * parameter {@code alertThresholdUsd}, default USD 50,000.00, which each alert cites), the regulator's block list and
 * corridors' daily limits.
 */
public final class Compliance {
    public static final String USD = ReferenceRate.USD;
    /** The key of a threshold set before it was a governed parameter ({@code pay.param alertThresholdUsd}). */
    static final String THRESHOLD = "alertThresholdUsd";

    private static final Key LEGACY_THRESHOLD = PaymentKeys.param(THRESHOLD);

    private final Registry registry;
    private final Ledger ledger;

    public Compliance(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    /**
     * Exact USD value of {@code amount} of {@code currency}: amount x the currency's reference rate, unrounded.
     * Without a reference rate the thresholds cannot be checked, so the payment is a POLICY_VIOLATION.
     */
    public BigDecimal usdExact(Amount amount, String currency) {
        ReferenceRate rate = new ReferenceRates(registry)
                .find(currency)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.POLICY_VIOLATION,
                        "no USD reference rate for %s, so a payment in it cannot be checked against the alert"
                                + " threshold and daily limits (set one with: fx reference %s --usd RATE)",
                        currency,
                        currency));
        return amount.toBigDecimal().multiply(rate.usd());
    }

    /** The USD value rounded HALF_EVEN to the cent, as daily usage counts it. */
    public static Amount usdCents(BigDecimal exact) {
        return Amount.of(exact, Currencies.scale(USD), RoundingMode.HALF_EVEN);
    }

    /**
     * Whether a payment worth exactly {@code usd} raises an alert: at the threshold or above, compared unrounded,
     * so 49,999.995 USD is below 50,000.00 even though it rounds to it.
     */
    public static boolean reaches(BigDecimal usd, Amount threshold) {
        return usd.compareTo(threshold.toBigDecimal()) >= 0;
    }

    /** The alert threshold in force (USD, scale 2). */
    public Amount thresholdUsd() {
        return threshold().usd();
    }

    /**
     * The alert threshold in force and the version it comes from: the governed parameter {@code alertThresholdUsd}
     * ({@link Param#ALERT_THRESHOLD_USD}, set by the regulator); before it was first set there, a value set with the
     * old {@code setAlertThreshold} (stored under {@code pay.param}) still holds, else the default.
     */
    public Threshold threshold() {
        ParamValue v = Parameters.current(ledger, Param.ALERT_THRESHOLD_USD);
        if (v.at() == null) {
            Optional<Parameter> legacy = ledger.find(LEGACY_THRESHOLD, Parameter.class);
            if (legacy.isPresent()) {
                Parameter l = legacy.get();
                v = new ParamValue(
                        v.name(),
                        l.value(),
                        v.defaultValue(),
                        v.owner(),
                        v.source(),
                        l.by(),
                        l.at(),
                        l.txId(),
                        null,
                        null);
            }
        }
        return new Threshold(Amount.of(v.value(), Currencies.scale(USD), RoundingMode.UNNECESSARY), v);
    }

    /**
     * The rows {@link #threshold()} reads: the governed parameter's, and the old row while the parameter was never
     * set (known once the parameter's row was read: a transaction fetching ahead asks for this after it).
     */
    static List<Key> thresholdRows(Ledger ledger) {
        Key governed = Parameters.key(Param.ALERT_THRESHOLD_USD);
        return ledger.exists(governed) ? List.of(governed) : List.of(governed, LEGACY_THRESHOLD);
    }

    /**
     * A threshold with the parameter version it was read from.
     *
     * @param usd the threshold, USD
     * @param version the version of {@code alertThresholdUsd} ({@code at} null: the default)
     */
    public record Threshold(Amount usd, ParamValue version) {
        /** How an alert cites it: the parameter, its value and the version (or "default"). */
        public String cite() {
            return version.at() == null
                    ? "parameter " + version.name() + " = " + usd + ", default"
                    : "parameter " + version.name() + " = " + usd + ", set by " + version.setBy() + " at "
                            + version.at() + " in tx " + version.txId();
        }
    }

    /** The alert of a payment that reached {@code threshold}, citing the parameter version it used. */
    Alert alert(String e2eId, String corridorId, Threshold threshold) {
        return new Alert(
                e2eId,
                corridorId,
                "USD equivalent at or above the alert threshold of USD " + threshold.usd() + " (" + threshold.cite()
                        + ")",
                threshold.usd(),
                ledger.now(),
                ledger.txId(),
                threshold.version().name(),
                threshold.version().at(),
                threshold.version().txId());
    }

    /**
     * The regulator sets the alert threshold: USD, more than zero. Kept for the {@code corridor threshold} command, it
     * sets the governed parameter {@code alertThresholdUsd} (same owner, checks and history as {@code param set}).
     */
    public Parameter setThreshold(Caller caller, Amount usd) {
        registry.requireRole(caller, "set the payment alert threshold", Param.ALERT_THRESHOLD_USD.owner());
        usd.requirePositive(USD, "alert threshold");
        ParamValue v = new Parameters(registry)
                .set(caller, Param.ALERT_THRESHOLD_USD, usd.toBigDecimal(), "set with corridor threshold");
        return new Parameter(v.name(), v.value(), v.setBy(), v.at(), v.txId());
    }

    /** Every alert, in end-to-end id order; REGULATOR and AUDITOR only. */
    public List<Alert> alerts(Caller caller) {
        registry.requireRole(caller, "list payment alerts", Role.REGULATOR, Role.AUDITOR);
        return ledger.list(Alert.class, PaymentKeys.ALERT).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    // ---- block list ----

    public Block block(Caller caller, String participantRef, String reason) {
        registry.requireRole(caller, "block participants", Role.REGULATOR);
        if (reason == null || reason.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "a block needs a reason");
        }
        Participant p = registry.participant(participantRef);
        if (ledger.exists(PaymentKeys.block(p.mspId()))) {
            throw LedgerException.of(ErrorCode.ALREADY_EXISTS, "%s is already blocked", p.mspId());
        }
        Block b = new Block(p.mspId(), reason.strip(), caller.mspId(), ledger.now(), ledger.txId());
        ledger.put(PaymentKeys.block(p.mspId()), b);
        ledger.emit("ParticipantBlocked", b);
        return b;
    }

    public Block unblock(Caller caller, String participantRef) {
        registry.requireRole(caller, "unblock participants", Role.REGULATOR);
        Participant p = registry.participant(participantRef);
        Block b = ledger.find(PaymentKeys.block(p.mspId()), Block.class)
                .orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "%s is not blocked", p.mspId()));
        ledger.delete(PaymentKeys.block(p.mspId()));
        ledger.emit("ParticipantUnblocked", b);
        return b;
    }

    public List<Block> blocked() {
        return ledger.list(Block.class, PaymentKeys.BLOCK).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /** A blocked participant can neither pay nor be paid; {@code role} names its side in the message. */
    void requireNotBlocked(String mspId, String role) {
        Optional<Block> b = ledger.find(PaymentKeys.block(mspId), Block.class);
        if (b.isPresent()) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "%s (%s) is on the regulator's block list since %s: %s",
                    mspId,
                    role,
                    b.get().at(),
                    b.get().reason());
        }
    }

    // ---- daily limits ----

    /**
     * The usage row to write when {@code corridor} has a daily limit and a payment worth {@code usd} fits in what is
     * left of it today (UTC day of the transaction); empty for a corridor without a limit, which reads and writes no
     * shared row. Over the limit: LIMIT_EXCEEDED.
     */
    Optional<DailyUsage> chargeDailyLimit(Corridor corridor, Amount usd) {
        if (corridor.dailyLimitUsd() == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC);
        DailyUsage used = ledger.find(PaymentKeys.usage(corridor.id(), day), DailyUsage.class)
                .orElse(new DailyUsage(corridor.id(), day.toString(), Amount.zero(usd.scale()), 0));
        Amount after = used.usedUsd().plus(usd);
        // A limit lowered during the day can be below what was already carried: nothing is left then.
        Amount left = corridor.dailyLimitUsd().minus(used.usedUsd());
        if (after.compareTo(corridor.dailyLimitUsd()) > 0) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "corridor %s has carried USD %s on %s; a payment of USD %s equivalent would exceed its daily"
                            + " limit of USD %s (USD %s left)",
                    corridor.id(),
                    used.usedUsd(),
                    day,
                    usd,
                    corridor.dailyLimitUsd(),
                    left.isNegative() ? Amount.zero(left.scale()) : left);
        }
        return Optional.of(new DailyUsage(corridor.id(), day.toString(), after, used.payments() + 1));
    }

    /** A corridor's usage on one UTC day (zero when nothing was carried). */
    public DailyUsage usage(String corridorId, LocalDate day) {
        return ledger.find(PaymentKeys.usage(corridorId, day), DailyUsage.class)
                .orElse(new DailyUsage(corridorId, day.toString(), Amount.zero(Currencies.scale(USD)), 0));
    }
}
