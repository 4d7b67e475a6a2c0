package io.bondbridge.chaincode.stable;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChangeResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.ReservePolicyResult;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.List;

/**
 * Reserve assets (recorded by custodians) and reserve policy (set by the issuer): the reserve feature's entry point.
 * Every change is checked against the policy and rejected whole, with {@link ErrorCode#POLICY_VIOLATION}, when it
 * breaks a limit that held or worsens one that did not (see {@link ReserveMetrics#caused}); the added or changed
 * asset itself must be of an eligible class, and a bill must not run longer than the maximum bill days.
 *
 * <p>Custodians: the record's {@code custodian} defaults to the caller; it may name an outside sub-custodian but
 * never another participant (a participant records only what it holds). Only the participant that recorded an
 * asset ({@code recordedBy}) updates or removes it.
 *
 * <p>The rules live in three package-private parts: {@link ReserveAssets} (recording, updating and removing
 * assets), {@link BondLinkedAssets} (a GOV_BOND asset that is one of this ledger's bond series) and {@link
 * ReservePolicies} (the issuer's policy).
 */
public final class Reserves {
    private final ReserveAssets assets;
    private final ReservePolicies policies;

    /** @param bonds how a GOV_BOND asset that names a bond series of this ledger is checked against it */
    public Reserves(Registry registry, Ledger ledger, BondSeries bonds) {
        ReserveSnapshots snapshots = new ReserveSnapshots(ledger, new ReferenceRates(registry));
        this.assets = new ReserveAssets(registry, ledger, snapshots, new BondLinkedAssets(registry, ledger, bonds));
        this.policies = new ReservePolicies(registry, ledger, snapshots);
    }

    /** Records new assets, all backing the same reserve. */
    public ReserveChangeResult add(Caller caller, List<AssetSpec> specs) {
        return assets.add(caller, specs);
    }

    /** Re-records an asset: new quantity, price, maturity or statement hash; always re-attested and revalued now. */
    public ReserveChangeResult update(Caller caller, String assetId, AssetSpec.Update update) {
        return assets.update(caller, assetId, update);
    }

    /** Removes an asset from its reserve; its history stays. */
    public ReserveChangeResult remove(Caller caller, String assetId) {
        return assets.remove(caller, assetId);
    }

    /** The issuer of {@code currency} sets (part of) its reserve policy. */
    public ReservePolicyResult setPolicy(Caller caller, String currency, ReservePolicy.PolicyChange change) {
        return policies.set(caller, currency, change);
    }

    /** The stored policy, or the defaults when the issuer has set none. */
    public ReservePolicy policy(String currency) {
        return policies.get(currency);
    }

    public ReserveAsset asset(String assetId) {
        return assets.asset(assetId);
    }

    public List<ReserveAsset> assets(String currency) {
        return assets.assets(currency);
    }

    public AssetRef ref(String assetId) {
        return assets.ref(assetId);
    }
}
