package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChange;
import io.bondbridge.api.stable.ReserveChangeResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recording, updating and removing reserve assets (CUSTODIAN only), and reading them. Each change is valued against
 * the reserve's policy before anything is written: an added or changed asset must itself be admissible (an eligible
 * class, a bill within the maximum days), and the reserve after the change must not break a limit that held or worsen
 * one that did not ({@link ReserveMetrics#caused}). Every change writes a {@link ReserveChange} row and one event,
 * and rebalances the currency's escrowed mint headroom against the new reserve ({@link MintHeadroom}).
 */
final class ReserveAssets {
    private final Registry registry;
    private final Ledger ledger;
    private final ReserveSnapshots snapshots;
    private final BondLinkedAssets linked;

    ReserveAssets(Registry registry, Ledger ledger, ReserveSnapshots snapshots, BondLinkedAssets linked) {
        this.registry = registry;
        this.ledger = ledger;
        this.snapshots = snapshots;
        this.linked = linked;
    }

    ReserveChangeResult add(Caller caller, List<AssetSpec> specs) {
        registry.requireRole(caller, "record reserve assets", Role.CUSTODIAN);
        if (specs == null || specs.isEmpty()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "no reserve assets given");
        }
        if (specs.size() > AssetSpec.MAX_BATCH) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "%d assets in one transaction, at most %d",
                    specs.size(),
                    AssetSpec.MAX_BATCH);
        }
        TreeMap<String, ReserveAsset> added = new TreeMap<>();
        String reserve = null;
        for (AssetSpec spec : specs) {
            ReserveAsset asset = build(caller, spec);
            if (reserve == null) {
                reserve = asset.reserve();
            } else if (!reserve.equals(asset.reserve())) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "one transaction records assets of one reserve: %s backs %s, not %s",
                        asset.id(),
                        asset.reserve(),
                        reserve);
            }
            if (added.put(asset.id(), asset) != null) {
                throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "asset %s is given twice", asset.id());
            }
        }
        for (ReserveAsset asset : added.values()) {
            Optional<AssetRef> ref = ledger.find(StableKeys.assetRef(asset.id()), AssetRef.class);
            if (ref.isPresent() && !ref.get().reserve().equals(reserve)) {
                throw LedgerException.of(
                        ErrorCode.ALREADY_EXISTS,
                        "asset id %s belongs to the %s reserve",
                        asset.id(),
                        ref.get().reserve());
            }
            if (ref.isPresent() && ledger.exists(StableKeys.asset(reserve, asset.id()))) {
                throw LedgerException.of(
                        ErrorCode.ALREADY_EXISTS, "asset %s is already in the %s reserve", asset.id(), reserve);
            }
            linked.requireNotPledged(asset);
        }
        BondLinkedAssets.requireDistinctSeries(added.values());
        ReserveSnapshot snapshot = snapshots.current(reserve, snapshots.policy(reserve));
        TreeMap<String, ReserveAsset> after = byId(snapshot.assets());
        after.putAll(added);
        for (ReserveAsset asset : added.values()) {
            requireAdmissible(asset, snapshot.policy(), "recorded in");
        }
        ReserveMetrics m = check(snapshot, new ArrayList<>(after.values()), "adding " + ids(added.keySet()) + " to");

        for (ReserveAsset asset : added.values()) {
            ledger.put(StableKeys.asset(reserve, asset.id()), asset);
            linked.pledge(asset);
            if (!ledger.exists(StableKeys.assetRef(asset.id()))) {
                AssetRef ref = new AssetRef(asset.id(), reserve, ledger.txId(), ledger.now());
                ledger.put(StableKeys.assetRef(asset.id()), ref);
                ledger.put(StableKeys.assetEver(reserve, asset.id()), ref);
            }
        }
        return record(
                caller,
                reserve,
                ReserveChange.Kind.ADD,
                List.copyOf(added.keySet()),
                m,
                List.copyOf(added.values()),
                "ReserveAssetsAdded");
    }

    ReserveChangeResult update(Caller caller, String assetId, AssetSpec.Update update) {
        registry.requireRole(caller, "update reserve assets", Role.CUSTODIAN);
        ReserveAsset current = owned(caller, assetId, "update");
        AssetSpec.Update u = update == null ? new AssetSpec.Update(null, null, null, null) : update;
        if (u.maturity() != null) {
            requireNotPast(u.maturity(), assetId, ledger);
        }
        BondLinkedAssets.requireMaturityKept(assetId, current, u);
        ReserveAsset changed = new ReserveAsset(
                current.id(),
                current.reserve(),
                current.assetClass(),
                current.currency(),
                u.quantity() == null ? current.quantity() : u.quantity(),
                u.unitPrice() == null ? current.unitPrice() : u.unitPrice(),
                ledger.now(),
                u.maturity() == null ? current.maturity() : u.maturity(),
                current.custodian(),
                current.issuer(),
                new ReserveAsset.Attestation(
                        caller.mspId(),
                        ledger.now(),
                        u.statementHash() == null ? current.attestation().statementHash() : u.statementHash()),
                current.recordedBy(),
                current.series());
        boolean requantified = changed.series() != null && u.quantity() != null;
        if (requantified) {
            linked.requireStillHeld(changed);
        }
        ReserveSnapshot snapshot = snapshots.current(current.reserve(), snapshots.policy(current.reserve()));
        if (u.maturity() != null) {
            requireAdmissible(changed, snapshot.policy(), "kept in");
        }
        TreeMap<String, ReserveAsset> after = byId(snapshot.assets());
        after.put(changed.id(), changed);
        ReserveMetrics m = check(snapshot, new ArrayList<>(after.values()), "updating " + assetId + " in");
        ledger.put(StableKeys.asset(changed.reserve(), changed.id()), changed);
        if (requantified) {
            linked.pledge(changed);
        }
        return record(
                caller,
                changed.reserve(),
                ReserveChange.Kind.UPDATE,
                List.of(assetId),
                m,
                List.of(changed),
                "ReserveAssetUpdated");
    }

    ReserveChangeResult remove(Caller caller, String assetId) {
        registry.requireRole(caller, "remove reserve assets", Role.CUSTODIAN);
        ReserveAsset current = owned(caller, assetId, "remove");
        ReserveSnapshot snapshot = snapshots.current(current.reserve(), snapshots.policy(current.reserve()));
        TreeMap<String, ReserveAsset> after = byId(snapshot.assets());
        after.remove(assetId);
        ReserveMetrics m = check(snapshot, new ArrayList<>(after.values()), "removing " + assetId + " from");
        ledger.delete(StableKeys.asset(current.reserve(), assetId));
        linked.release(current);
        return record(
                caller,
                current.reserve(),
                ReserveChange.Kind.REMOVE,
                List.of(assetId),
                m,
                List.of(current),
                "ReserveAssetRemoved");
    }

    ReserveAsset asset(String assetId) {
        ReserveAsset.requireId(assetId);
        AssetRef ref = ref(assetId);
        return ledger.get(
                StableKeys.asset(ref.reserve(), assetId),
                ReserveAsset.class,
                "asset " + assetId + " (removed from the " + ref.reserve() + " reserve)");
    }

    List<ReserveAsset> assets(String currency) {
        Currencies.require(currency);
        return ledger.list(ReserveAsset.class, StableKeys.ASSET, currency).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    AssetRef ref(String assetId) {
        return ledger.find(StableKeys.assetRef(ReserveAsset.requireId(assetId)), AssetRef.class)
                .orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "reserve asset %s not found", assetId));
    }

    /** The caller, or an outside sub-custodian; never another participant. */
    static String custodian(Registry registry, Caller caller, String named) {
        if (named == null || named.isBlank()) {
            return caller.mspId();
        }
        String name = named.strip();
        Optional<Participant> participant;
        try {
            participant = Optional.of(registry.participant(name));
        } catch (LedgerException e) {
            if (e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            participant = Optional.empty();
        }
        if (participant.isPresent() && !participant.get().mspId().equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not record assets held by %s: a custodian records its own holdings",
                    caller.mspId(),
                    participant.get().mspId());
        }
        return participant.isPresent() ? caller.mspId() : name;
    }

    /** A maturity before today (UTC, the transaction's date) is INVALID_ARGUMENT. */
    static void requireNotPast(LocalDate maturity, String id, Ledger ledger) {
        LocalDate today = LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC);
        if (maturity.isBefore(today)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "maturity %s of %s is before today %s", maturity, id, today);
        }
    }

    private ReserveAsset build(Caller caller, AssetSpec spec) {
        if (spec == null) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "empty asset in the list");
        }
        String id = ReserveAsset.requireId(spec.id());
        if (spec.assetClass() == null) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "class of %s is missing or unknown (one of %s)",
                    id,
                    Arrays.toString(AssetClass.values()));
        }
        if (spec.series() != null) {
            return linked.build(caller, id, spec);
        }
        String currency = Currencies.require(spec.currency());
        String reserve = spec.reserve() == null ? currency : Currencies.require(spec.reserve());
        if (spec.maturity() != null) {
            requireNotPast(spec.maturity(), id, ledger);
        }
        String custodian = custodian(registry, caller, spec.custodian());
        String issuer = spec.issuer() == null || spec.issuer().isBlank()
                ? custodian
                : spec.issuer().strip();
        return new ReserveAsset(
                id,
                reserve,
                spec.assetClass(),
                currency,
                spec.quantity(),
                spec.unitPrice(),
                ledger.now(),
                spec.maturity(),
                custodian,
                issuer,
                new ReserveAsset.Attestation(caller.mspId(), ledger.now(), spec.statementHash()),
                caller.mspId(),
                null);
    }

    /** The asset's own admissibility: an eligible class, and a bill within the maximum days. */
    private void requireAdmissible(ReserveAsset a, ReservePolicy policy, String verb) {
        if (!policy.eligible(a.assetClass())) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "class %s of %s is not eligible for the %s reserve (eligible classes: %s)",
                    a.assetClass(),
                    a.id(),
                    a.reserve(),
                    policy.eligibleClasses());
        }
        Integer days = a.maturity() == null
                ? null
                : Math.toIntExact(
                        ChronoUnit.DAYS.between(LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC), a.maturity()));
        Breach bill = ReserveMetrics.billDays(a, days, policy, a.reserve());
        if (bill != null) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION, "%s cannot be %s the reserve: %s", a.id(), verb, bill.message());
        }
    }

    private ReserveAsset owned(Caller caller, String assetId, String action) {
        AssetRef ref = ref(assetId);
        ReserveAsset current = ledger.find(StableKeys.asset(ref.reserve(), assetId), ReserveAsset.class)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.NOT_FOUND,
                        "reserve asset %s was removed from the %s reserve",
                        assetId,
                        ref.reserve()));
        if (!current.recordedBy().equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not %s reserve asset %s: it was recorded by %s",
                    caller.mspId(),
                    action,
                    assetId,
                    current.recordedBy());
        }
        return current;
    }

    /** Metrics after the change; rejects it when it breaks a limit (see {@link ReserveMetrics#caused}). */
    private static ReserveMetrics check(ReserveSnapshot snapshot, List<ReserveAsset> after, String doing) {
        ReserveMetrics before = snapshot.metrics();
        ReserveMetrics next = snapshot.metrics(after);
        List<Breach> caused = ReserveMetrics.caused(before.breaches(), next.breaches());
        if (!caused.isEmpty()) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "%s the %s reserve would break its policy: %s",
                    doing,
                    snapshot.currency(),
                    ReserveMetrics.describe(caused));
        }
        return next;
    }

    private ReserveChangeResult record(
            Caller caller,
            String reserve,
            ReserveChange.Kind kind,
            List<String> ids,
            ReserveMetrics m,
            List<ReserveAsset> assets,
            String event) {
        // The reserve changed: redistribute the mint headroom against it (reads and writes every shard).
        MintHeadroom headroom = snapshots.headroom();
        headroom.rebalance(m, headroom.totals(reserve));
        ReserveChange change = new ReserveChange(
                ledger.txId(), ledger.now(), reserve, kind, ids, caller.mspId(), m.digest(), m.coverage());
        ledger.put(StableKeys.reserveChange(reserve, ledger.txId()), change);
        ledger.emit(event, change);
        return new ReserveChangeResult(
                ledger.txId(),
                reserve,
                kind,
                ids,
                m.digest(),
                m.market(),
                m.adjusted(),
                m.units(),
                m.coverage(),
                assets);
    }

    private static TreeMap<String, ReserveAsset> byId(List<ReserveAsset> assets) {
        TreeMap<String, ReserveAsset> map = new TreeMap<>();
        for (ReserveAsset a : assets) {
            map.put(a.id(), a);
        }
        return map;
    }

    private static String ids(Set<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids) : ids.size() + " assets";
    }
}
