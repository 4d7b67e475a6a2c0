package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.stable.ReserveChange;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.ReservePolicyResult;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.List;
import java.util.Optional;

/**
 * The issuer's reserve policy: only a CENTRAL_BANK or STABLE_ISSUER that lists the currency sets it, and once stored
 * only the policy's issuer changes it. A new policy is stored even when the current reserve breaks it: the limits it
 * breaks are reported, not rejected. Every policy change rebalances the currency's escrowed mint headroom ({@link
 * MintHeadroom}); a policy the reserve breaks leaves no headroom, so mints take the exact path and are rejected.
 */
final class ReservePolicies {
    private final Registry registry;
    private final Ledger ledger;
    private final ReserveSnapshots snapshots;

    ReservePolicies(Registry registry, Ledger ledger, ReserveSnapshots snapshots) {
        this.registry = registry;
        this.ledger = ledger;
        this.snapshots = snapshots;
    }

    ReservePolicyResult set(Caller caller, String currency, ReservePolicy.PolicyChange change) {
        Currencies.require(currency);
        ReservePolicy.PolicyChange c = (change == null ? ReservePolicy.PolicyChange.NONE : change).validated();
        Participant p = registry.requireRole(
                caller, "set the reserve policy of " + currency, Role.CENTRAL_BANK, Role.STABLE_ISSUER);
        if (!p.issues(currency)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s does not issue %s and may not set its reserve policy (it issues %s)",
                    caller.mspId(),
                    currency,
                    p.currencies());
        }
        Optional<ReservePolicy> stored = ledger.find(StableKeys.policy(currency), ReservePolicy.class);
        stored.ifPresent(s -> StableUnits.requireIssuer(s, caller, "set the reserve policy of"));
        // The fields the issuer does not set take the governed parameters in force now, and the policy records them.
        ReservePolicy next = stored.map(s -> s.refreshGoverned(p2 -> Parameters.decimal(ledger, p2)))
                .orElseGet(() -> ReserveSnapshots.governedDefaults(ledger, currency, caller.mspId()))
                .apply(c, caller.mspId(), caller.mspId(), ledger.now());
        ledger.put(StableKeys.policy(currency), next);
        ReserveMetrics m = snapshots.current(currency, next).metrics();
        List<Breach> breaches = m.breaches();
        // The limits changed: redistribute the mint headroom under them (reads and writes every shard).
        snapshots.headroom().rebalance(m, snapshots.headroom().totals(currency));
        ledger.put(
                StableKeys.reserveChange(currency, ledger.txId()),
                new ReserveChange(
                        ledger.txId(),
                        ledger.now(),
                        currency,
                        ReserveChange.Kind.POLICY,
                        List.of(),
                        caller.mspId(),
                        m.digest(),
                        m.coverage()));
        ledger.emit("ReservePolicySet", next);
        return new ReservePolicyResult(
                ledger.txId(),
                next,
                breaches.stream().map(Breach::limit).toList(),
                breaches.stream().map(Breach::message).toList());
    }

    ReservePolicy get(String currency) {
        Currencies.require(currency);
        return snapshots.policy(currency);
    }
}
