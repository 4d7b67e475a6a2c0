package io.bondbridge.chaincode.governance;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * USD reference rates: the USD value of one unit of each currency. The issuer of a currency (a participant with
 * CENTRAL_BANK or STABLE_ISSUER listing it) sets its rate; the REGULATOR sets any. USD itself is fixed at 1.
 * Every version is kept in the key's history ({@link #history}).
 */
public final class ReferenceRates {
    public static final String NAMESPACE = "gov.fxref";

    private final Registry registry;
    private final Ledger ledger;

    public ReferenceRates(Registry registry) {
        this.registry = registry;
        this.ledger = registry.ledger();
    }

    public static Key key(String currency) {
        return Key.of(NAMESPACE, currency);
    }

    /** Sets the USD value of one unit of {@code currency}: {@code usd} at {@link ReferenceRate#SCALE} places. */
    public ReferenceRate set(Caller caller, String currency, BigDecimal usd) {
        Currencies.require(currency);
        Participant p = registry.caller(caller);
        if (!p.issues(currency) && !p.has(Role.REGULATOR)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not set the USD reference rate of %s: needs to issue %s (CENTRAL_BANK or STABLE_ISSUER"
                            + " listing it) or role REGULATOR",
                    caller.mspId(),
                    currency,
                    currency);
        }
        if (ReferenceRate.USD.equals(currency)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "USD is the reference: its rate is fixed at 1");
        }
        ReferenceRate rate = new ReferenceRate(
                currency,
                usd.setScale(ReferenceRate.SCALE, RoundingMode.UNNECESSARY),
                caller.mspId(),
                ledger.now(),
                ledger.txId());
        ledger.put(key(currency), rate);
        ledger.emit("ReferenceRateSet", rate);
        return rate;
    }

    /** The current rate; USD is always 1. */
    public Optional<ReferenceRate> find(String currency) {
        Currencies.require(currency);
        if (ReferenceRate.USD.equals(currency)) {
            return Optional.of(usd());
        }
        return ledger.find(key(currency), ReferenceRate.class);
    }

    public ReferenceRate get(String currency) {
        return find(currency)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.NOT_FOUND,
                        "no USD reference rate for %s (set one with: fx reference %s --usd RATE)",
                        currency,
                        currency));
    }

    /** Every version of the rate, oldest first (USD: none, it never changes). */
    public List<ReferenceRate> history(String currency) {
        Currencies.require(currency);
        List<ReferenceRate> rates = new ArrayList<>();
        for (Ledger.Version v : versions(currency)) {
            if (!v.deleted()) {
                rates.add(Json.read(v.value(), ReferenceRate.class));
            }
        }
        return rates;
    }

    /** The raw key history, for as-of views. */
    public List<Ledger.Version> versions(String currency) {
        return ReferenceRate.USD.equals(currency) ? List.of() : ledger.history(key(currency));
    }

    public List<ReferenceRate> all() {
        return ledger.list(ReferenceRate.class, NAMESPACE).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /** The rate record of USD, fixed at 1. */
    public static ReferenceRate usd() {
        return new ReferenceRate(ReferenceRate.USD, ReferenceRate.ONE, null, null, null);
    }
}
