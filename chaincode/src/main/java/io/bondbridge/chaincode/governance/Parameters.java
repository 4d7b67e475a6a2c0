package io.bondbridge.chaincode.governance;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The governed parameters ({@link Param}): one row per parameter ever set, under {@code gov.param (name)}; a
 * parameter never set reads as its default. Only a participant with the parameter's owning role sets it; each
 * change records who, when, the old value and why, and every version stays in the key's history.
 *
 * <p>Rules read a value with {@link #decimal(Ledger, Param)}; a rule that decides something cites the values it
 * used ({@link #cite}).
 */
public final class Parameters {
    public static final String NAMESPACE = "gov.param";

    private final Registry registry;
    private final Ledger ledger;

    public Parameters(Registry registry) {
        this.registry = registry;
        this.ledger = registry.ledger();
    }

    public static Key key(Param p) {
        return Key.of(NAMESPACE, p.key());
    }

    /** The value in force of {@code p}: the last one set, or its default. */
    public static BigDecimal decimal(Ledger ledger, Param p) {
        return current(ledger, p).value();
    }

    /** A whole-number parameter (months, days, bp, steps). */
    public static int integer(Ledger ledger, Param p) {
        return decimal(ledger, p).intValueExact();
    }

    /** The values in force of {@code params}, by name, sorted: what a decision cites. */
    public static Map<String, BigDecimal> cite(Ledger ledger, Param... params) {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (Param p : params) {
            values.put(p.key(), decimal(ledger, p));
        }
        return values;
    }

    /** The version in force of {@code p} (who set it, when, in which transaction), or its default. */
    public static ParamValue current(Ledger ledger, Param p) {
        return ledger.find(key(p), ParamValue.class).orElseGet(() -> ParamValue.ofDefault(p));
    }

    /** The parameter named {@code name} (its key, {@code bandLowPct}, or enum name), else INVALID_ARGUMENT. */
    public static Param param(String name) {
        Param p = Param.find(name == null ? "" : name.strip());
        if (p == null) {
            List<String> names = new ArrayList<>();
            for (Param q : Param.values()) {
                names.add(q.key());
            }
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "parameter '%s' is not one of %s", name, names);
        }
        return p;
    }

    /**
     * The owner role sets {@code p} to {@code value}: within the parameter's bounds, a whole number where it counts
     * something, at most {@link Param#scale()} places, and different from the value in force.
     */
    public ParamValue set(Caller caller, Param p, BigDecimal value, String reason) {
        registry.requireRole(caller, "set " + p.key(), p.owner());
        if (value.stripTrailingZeros().scale() > p.scale()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s has more than %d decimal places",
                    p.key(),
                    value.toPlainString(),
                    p.scale());
        }
        if (p.whole() && value.stripTrailingZeros().scale() > 0) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is a whole number, not %s", p.key(), value);
        }
        if (value.compareTo(p.min()) < 0 || value.compareTo(p.max()) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s is outside %s..%s",
                    p.key(),
                    value.toPlainString(),
                    p.min().toPlainString(),
                    p.max().toPlainString());
        }
        requireBandOrder(p, value);
        ParamValue before = current(ledger, p);
        if (before.value().compareTo(value) == 0) {
            throw LedgerException.of(
                    ErrorCode.CONFLICT,
                    "%s is already %s",
                    p.key(),
                    before.value().toPlainString());
        }
        ParamValue after = new ParamValue(
                p.key(),
                value,
                p.defaultValue(),
                p.owner(),
                p.source(),
                caller.mspId(),
                ledger.now(),
                ledger.txId(),
                before.value(),
                reason == null || reason.isBlank() ? null : reason.strip());
        ledger.put(key(p), after);
        ledger.emit("ParameterSet", after);
        return after;
    }

    /** The band keeps its low edge below its high edge. */
    private void requireBandOrder(Param p, BigDecimal value) {
        BigDecimal low = p == Param.BAND_LOW_PCT ? value : decimal(ledger, Param.BAND_LOW_PCT);
        BigDecimal high = p == Param.BAND_HIGH_PCT ? value : decimal(ledger, Param.BAND_HIGH_PCT);
        if (low.compareTo(high) >= 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "band low %s%% must be below band high %s%%",
                    low.toPlainString(),
                    high.toPlainString());
        }
    }

    /** Every parameter with its value in force, in declaration order. */
    public List<ParamValue> list(Caller caller) {
        registry.caller(caller);
        List<ParamValue> all = new ArrayList<>();
        for (Param p : Param.values()) {
            all.add(current(ledger, p));
        }
        return all;
    }

    /** The default, then every change, oldest first. */
    public List<ParamValue> history(Caller caller, Param p) {
        registry.caller(caller);
        List<ParamValue> versions = new ArrayList<>();
        versions.add(ParamValue.ofDefault(p));
        for (Ledger.Version v : ledger.history(key(p))) {
            if (!v.deleted()) {
                versions.add(Json.read(v.value(), ParamValue.class));
            }
        }
        return versions;
    }
}
