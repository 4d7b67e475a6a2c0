package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Corridors: set by a central bank or the regulator, read by every payment. The built-in defaults exist without
 * a transaction (read lazily, so every ledger has them after {@code init} and no bootstrap row is shared); setting
 * a default's id stores a row that replaces it.
 */
public final class Corridors {
    /**
     * CN-HK between the default participants' jurisdictions (Bank A in CN, Bank B in HK), in CNY and HKD, with a
     * daily limit of USD 100,000,000.00 that governance may change.
     */
    public static final List<Corridor> DEFAULTS = List.of(new Corridor(
            "CN-HK", List.of("CN", "HK"), List.of("CNY", "HKD"), Amount.ofMinor(10_000_000_000L, 2), null, null, null));

    private final Registry registry;
    private final Ledger ledger;

    public Corridors(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    /**
     * Sets (creates or replaces) a corridor; {@code currenciesCsv} may be empty, {@code dailyLimitUsd} null (no
     * limit).
     */
    public Corridor set(Caller caller, String id, String jurisdictionsCsv, String currenciesCsv, Amount dailyLimitUsd) {
        registry.requireRole(caller, "set corridors", Role.CENTRAL_BANK, Role.REGULATOR);
        Corridor c = new Corridor(
                id,
                csv(jurisdictionsCsv),
                csv(currenciesCsv),
                dailyLimitUsd,
                caller.mspId(),
                ledger.now(),
                ledger.txId());
        ledger.put(PaymentKeys.corridor(c.id()), c);
        ledger.emit("CorridorSet", c);
        return c;
    }

    public Optional<Corridor> find(String id) {
        Ids.require(id, "corridor id");
        Optional<Corridor> stored = ledger.find(PaymentKeys.corridor(id), Corridor.class);
        return stored.isPresent()
                ? stored
                : DEFAULTS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Corridor get(String id) {
        return find(id).orElseThrow(() -> LedgerException.of(
                ErrorCode.NOT_FOUND,
                "corridor %s not found (set one with: corridor set %s --jurisdictions J1,J2)",
                id,
                id));
    }

    /** Stored corridors and the defaults not replaced, in id order. */
    public List<Corridor> all() {
        Map<String, Corridor> byId = new TreeMap<>();
        DEFAULTS.forEach(c -> byId.put(c.id(), c));
        ledger.list(Corridor.class, PaymentKeys.CORRIDOR)
                .forEach(r -> byId.put(r.value().id(), r.value()));
        return new ArrayList<>(byId.values());
    }

    private static List<String> csv(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
