package io.bondbridge.chaincode.stable;

import io.bondbridge.chaincode.governance.Participant;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.governance.Role;
import io.bondbridge.chaincode.ledger.Amount;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Currencies;
import io.bondbridge.chaincode.ledger.ErrorCode;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.ledger.LedgerException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reserve assets (recorded by custodians) and reserve policy (set by the issuer). Every change is checked against
 * the policy and rejected whole, with {@link ErrorCode#POLICY_VIOLATION}, when it breaks a limit that held or
 * worsens one that did not (see {@link ReserveMetrics#caused}); the added or changed asset itself must be of an
 * eligible class, and a bill must not run longer than the maximum bill days.
 *
 * <p>Custodians: the record's {@code custodian} defaults to the caller; it may name an outside sub-custodian but
 * never another participant (a participant records only what it holds). Only the participant that recorded an
 * asset ({@code recordedBy}) updates or removes it.
 */
public final class Reserves {
    /** Most assets one transaction may add (a custodian statement loaded in batches). */
    public static final int MAX_BATCH = 1000;

    private final Registry registry;
    private final Ledger ledger;
    private final ReserveSnapshots snapshots;
    private final BondSeries bonds;

    public Reserves(Registry registry, Ledger ledger) {
        this(registry, ledger, BondSeries.NONE);
    }

    /** @param bonds how a GOV_BOND asset that names a bond series of this ledger is checked against it */
    public Reserves(Registry registry, Ledger ledger, BondSeries bonds) {
        this.registry = registry;
        this.ledger = ledger;
        this.snapshots = new ReserveSnapshots(ledger, new ReferenceRates(registry));
        this.bonds = bonds;
    }

    /** What a reserve change did and the reserve it left. */
    public record ChangeResult(
            String txId,
            String reserve,
            ReserveChange.Kind kind,
            List<String> assetIds,
            String digest,
            Amount reserveValue,
            Amount reserveValueAfterHaircuts,
            Amount unitsOutstanding,
            BigDecimal coverage,
            List<ReserveAsset> assets) {}

    /** A policy as set, and the limits the current reserve breaks under it (reported, not rejected). */
    public record PolicyResult(String txId, ReservePolicy policy, List<String> breaches, List<String> breachMessages) {}

    /** Records new assets, all backing the same reserve. */
    public ChangeResult add(Caller caller, List<AssetSpec> specs) {
        registry.requireRole(caller, "record reserve assets", Role.CUSTODIAN);
        if (specs == null || specs.isEmpty()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "no reserve assets given");
        }
        if (specs.size() > MAX_BATCH) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED, "%d assets in one transaction, at most %d", specs.size(), MAX_BATCH);
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
            if (asset.series() != null) {
                Optional<BondPledge> pledged =
                        ledger.find(StableKeys.pledge(asset.series(), asset.recordedBy()), BondPledge.class);
                if (pledged.isPresent()) {
                    throw LedgerException.of(
                            ErrorCode.ALREADY_EXISTS,
                            "%s's holding of bond series %s is already reserve asset %s (%s reserve): one asset per"
                                    + " series and custodian, so no unit is counted twice",
                            asset.recordedBy(),
                            asset.series(),
                            pledged.get().assetId(),
                            pledged.get().reserve());
                }
            }
        }
        requireDistinctSeries(added.values());
        ReserveSnapshot snapshot = snapshots.current(reserve);
        TreeMap<String, ReserveAsset> after = byId(snapshot.assets());
        after.putAll(added);
        for (ReserveAsset asset : added.values()) {
            requireAdmissible(asset, snapshot.policy(), "recorded in");
        }
        ReserveMetrics m = check(snapshot, new ArrayList<>(after.values()), "adding " + ids(added.keySet()) + " to");

        for (ReserveAsset asset : added.values()) {
            ledger.put(StableKeys.asset(reserve, asset.id()), asset);
            pledge(asset);
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

    /** Re-records an asset: new quantity, price, maturity or statement hash; always re-attested and revalued now. */
    public ChangeResult update(Caller caller, String assetId, AssetSpec.Update update) {
        registry.requireRole(caller, "update reserve assets", Role.CUSTODIAN);
        ReserveAsset current = owned(caller, assetId, "update");
        AssetSpec.Update u = update == null ? new AssetSpec.Update(null, null, null, null) : update;
        if (u.maturity() != null) {
            requireNotPast(u.maturity(), assetId);
        }
        if (current.series() != null && u.maturity() != null && !u.maturity().equals(current.maturity())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s is bond series %s, which matures on %s: its maturity is the series'",
                    assetId,
                    current.series(),
                    current.maturity());
        }
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
        if (changed.series() != null && u.quantity() != null) {
            requireHeld(changed, bonds.facts(changed.series(), changed.recordedBy()));
        }
        ReserveSnapshot snapshot = snapshots.current(current.reserve());
        if (u.maturity() != null) {
            requireAdmissible(changed, snapshot.policy(), "kept in");
        }
        TreeMap<String, ReserveAsset> after = byId(snapshot.assets());
        after.put(changed.id(), changed);
        ReserveMetrics m = check(snapshot, new ArrayList<>(after.values()), "updating " + assetId + " in");
        ledger.put(StableKeys.asset(changed.reserve(), changed.id()), changed);
        if (changed.series() != null && u.quantity() != null) {
            pledge(changed);
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

    /** Removes an asset from its reserve; its history stays. */
    public ChangeResult remove(Caller caller, String assetId) {
        registry.requireRole(caller, "remove reserve assets", Role.CUSTODIAN);
        ReserveAsset current = owned(caller, assetId, "remove");
        ReserveSnapshot snapshot = snapshots.current(current.reserve());
        TreeMap<String, ReserveAsset> after = byId(snapshot.assets());
        after.remove(assetId);
        ReserveMetrics m = check(snapshot, new ArrayList<>(after.values()), "removing " + assetId + " from");
        ledger.delete(StableKeys.asset(current.reserve(), assetId));
        if (current.series() != null) {
            ledger.delete(StableKeys.pledge(current.series(), current.recordedBy()));
        }
        return record(
                caller,
                current.reserve(),
                ReserveChange.Kind.REMOVE,
                List.of(assetId),
                m,
                List.of(current),
                "ReserveAssetRemoved");
    }

    /** The issuer of {@code currency} sets (part of) its reserve policy. */
    public PolicyResult setPolicy(Caller caller, String currency, ReservePolicy.PolicyChange change) {
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
        ReservePolicy next = stored.orElseGet(() -> ReservePolicy.defaults(currency, caller.mspId()))
                .apply(c, caller.mspId(), caller.mspId(), ledger.now());
        ledger.put(StableKeys.policy(currency), next);
        ReserveMetrics m = snapshots.current(currency, next).metrics();
        List<Breach> breaches = m.breaches();
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
        return new PolicyResult(
                ledger.txId(),
                next,
                breaches.stream().map(Breach::limit).toList(),
                breaches.stream().map(Breach::message).toList());
    }

    public ReservePolicy policy(String currency) {
        Currencies.require(currency);
        return snapshots.policy(currency);
    }

    public ReserveAsset asset(String assetId) {
        ReserveAsset.requireId(assetId);
        AssetRef ref = ref(assetId);
        return ledger.get(
                StableKeys.asset(ref.reserve(), assetId),
                ReserveAsset.class,
                "asset " + assetId + " (removed from the " + ref.reserve() + " reserve)");
    }

    public List<ReserveAsset> assets(String currency) {
        Currencies.require(currency);
        return ledger.list(ReserveAsset.class, StableKeys.ASSET, currency).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    public AssetRef ref(String assetId) {
        return ledger.find(StableKeys.assetRef(ReserveAsset.requireId(assetId)), AssetRef.class)
                .orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "reserve asset %s not found", assetId));
    }

    // ---- helpers ----

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
            return linked(caller, id, spec);
        }
        String currency = Currencies.require(spec.currency());
        String reserve = spec.reserve() == null ? currency : Currencies.require(spec.reserve());
        if (spec.maturity() != null) {
            requireNotPast(spec.maturity(), id);
        }
        String custodian = custodian(caller, spec.custodian());
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
                caller.mspId());
    }

    /**
     * A GOV_BOND asset that is a bond series of this ledger: currency, maturity and issuer come from the series (a
     * different value given is INVALID_ARGUMENT), the caller holds the units itself, and holds at least the quantity.
     */
    private ReserveAsset linked(Caller caller, String id, AssetSpec spec) {
        String series = spec.series().strip();
        if (spec.assetClass() != AssetClass.GOV_BOND) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s names bond series %s but is %s, not GOV_BOND",
                    id,
                    series,
                    spec.assetClass());
        }
        BondSeries.Facts f = bonds.facts(series, caller.mspId());
        String reserve = spec.reserve() == null ? f.currency() : Currencies.require(spec.reserve());
        requireSame(id, "currency", spec.currency(), f.currency(), series);
        requireSame(
                id,
                "maturity",
                spec.maturity() == null ? null : spec.maturity().toString(),
                f.maturity().toString(),
                series);
        requireSame(id, "issuer", blankToNull(spec.issuer()), f.issuer(), series);
        if (spec.custodian() != null
                && !spec.custodian().isBlank()
                && !custodian(caller, spec.custodian()).equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s is bond series %s held on this ledger: its custodian is the holder %s, not %s",
                    id,
                    series,
                    caller.mspId(),
                    spec.custodian());
        }
        requireNotPast(f.maturity(), id);
        ReserveAsset asset = new ReserveAsset(
                id,
                reserve,
                AssetClass.GOV_BOND,
                f.currency(),
                spec.quantity(),
                spec.unitPrice(),
                ledger.now(),
                f.maturity(),
                caller.mspId(),
                f.issuer(),
                new ReserveAsset.Attestation(caller.mspId(), ledger.now(), spec.statementHash()),
                caller.mspId(),
                series);
        requireHeld(asset, f);
        return asset;
    }

    private static void requireSame(String id, String what, String given, String fromSeries, String series) {
        if (given != null && !given.strip().equals(fromSeries)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s %s differs from bond series %s's %s; leave it out to take the series'",
                    id,
                    what,
                    given,
                    series,
                    fromSeries);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A linked asset's quantity is whole hundredths of a unit and at most what its custodian holds. */
    private static void requireHeld(ReserveAsset a, BondSeries.Facts f) {
        if (a.quantity().scale() > 2) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "quantity %s of %s: bond units go down to 0.01", a.quantity(), a.id());
        }
        if (a.quantity().compareTo(f.held().toBigDecimal()) > 0) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "%s holds %s units of bond series %s across its accounts; reserve asset %s cannot count %s",
                    a.recordedBy(),
                    f.held(),
                    a.series(),
                    a.id(),
                    a.quantity().toPlainString());
        }
    }

    /** Two linked assets of one series in one batch would count the same units twice. */
    private static void requireDistinctSeries(java.util.Collection<ReserveAsset> assets) {
        TreeMap<String, String> seen = new TreeMap<>();
        for (ReserveAsset a : assets) {
            if (a.series() != null) {
                String other = seen.put(a.series(), a.id());
                if (other != null) {
                    throw LedgerException.of(
                            ErrorCode.INVALID_ARGUMENT,
                            "%s and %s both name bond series %s: one asset per series and custodian",
                            other,
                            a.id(),
                            a.series());
                }
            }
        }
    }

    private void pledge(ReserveAsset a) {
        if (a.series() != null) {
            ledger.put(
                    StableKeys.pledge(a.series(), a.recordedBy()),
                    new BondPledge(a.series(), a.recordedBy(), a.id(), a.reserve(), a.quantity()));
        }
    }

    /** The caller, or an outside sub-custodian; never another participant. */
    private String custodian(Caller caller, String named) {
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

    private void requireNotPast(LocalDate maturity, String id) {
        LocalDate today = LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC);
        if (maturity.isBefore(today)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "maturity %s of %s is before today %s", maturity, id, today);
        }
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

    private ChangeResult record(
            Caller caller,
            String reserve,
            ReserveChange.Kind kind,
            List<String> ids,
            ReserveMetrics m,
            List<ReserveAsset> assets,
            String event) {
        ReserveChange change = new ReserveChange(
                ledger.txId(), ledger.now(), reserve, kind, ids, caller.mspId(), m.digest(), m.coverage());
        ledger.put(StableKeys.reserveChange(reserve, ledger.txId()), change);
        ledger.emit(event, change);
        return new ChangeResult(
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

    private static String ids(java.util.Set<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids) : ids.size() + " assets";
    }
}
