package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GOV_BOND reserve assets that are bond series of this ledger ({@link AssetSpec#series()} set). Such an asset takes
 * its currency, maturity and issuer from the series, its custodian is the holder that records it, and its quantity is
 * whole hundredths of a unit and at most what the holder holds free across its accounts. While it is recorded, the
 * holding is pledged (a {@link BondPledge} row the bond rules read before units leave the holder), and one series
 * and holder back at most one asset, so no unit is counted twice.
 */
final class BondLinkedAssets {
    private final Registry registry;
    private final Ledger ledger;
    private final BondSeries bonds;

    BondLinkedAssets(Registry registry, Ledger ledger, BondSeries bonds) {
        this.registry = registry;
        this.ledger = ledger;
        this.bonds = bonds;
    }

    /**
     * The asset recorded from {@code spec}: currency, maturity and issuer come from the series (a different value
     * given is INVALID_ARGUMENT), the caller holds the units itself, and holds at least the quantity.
     */
    ReserveAsset build(Caller caller, String id, AssetSpec spec) {
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
                && !ReserveAssets.custodian(registry, caller, spec.custodian()).equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s is bond series %s held on this ledger: its custodian is the holder %s, not %s",
                    id,
                    series,
                    caller.mspId(),
                    spec.custodian());
        }
        ReserveAssets.requireNotPast(f.maturity(), id, ledger);
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

    /** A new linked asset's series and holder must not back another asset already. */
    void requireNotPledged(ReserveAsset asset) {
        if (asset.series() == null) {
            return;
        }
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

    /** Two linked assets of one series in one batch would count the same units twice. */
    static void requireDistinctSeries(Collection<ReserveAsset> assets) {
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

    /** An update may not move a linked asset's maturity away from its series'. */
    static void requireMaturityKept(String assetId, ReserveAsset current, AssetSpec.Update u) {
        if (current.series() != null && u.maturity() != null && !u.maturity().equals(current.maturity())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s is bond series %s, which matures on %s: its maturity is the series'",
                    assetId,
                    current.series(),
                    current.maturity());
        }
    }

    /** A linked asset whose quantity changes must still be held. */
    void requireStillHeld(ReserveAsset changed) {
        requireHeld(changed, bonds.facts(changed.series(), changed.recordedBy()));
    }

    /** Writes (or rewrites) the pledge row of a linked asset; nothing for any other asset. */
    void pledge(ReserveAsset a) {
        if (a.series() != null) {
            ledger.put(
                    StableKeys.pledge(a.series(), a.recordedBy()),
                    new BondPledge(a.series(), a.recordedBy(), a.id(), a.reserve(), a.quantity()));
        }
    }

    /** Deletes the pledge row of a removed linked asset: its units are free to leave again. */
    void release(ReserveAsset a) {
        if (a.series() != null) {
            ledger.delete(StableKeys.pledge(a.series(), a.recordedBy()));
        }
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
}
