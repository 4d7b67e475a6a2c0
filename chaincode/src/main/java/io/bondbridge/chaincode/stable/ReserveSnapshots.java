package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChange;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads {@link ReserveSnapshot}s: now, from committed state; or as of a past time or transaction, from key
 * histories ({@link Ledger#history}), never from stored snapshots.
 *
 * <p><b>As of an instant T</b>: every key (policy, each asset id the reserve ever held, each USD rate) takes its
 * last committed version stamped at or before T; supply rows count when stamped at or before T. <b>As of a
 * transaction</b>: T is that transaction's timestamp (found from the supply or reserve-change row it wrote), and a
 * key the transaction wrote takes exactly the version it wrote. Transactions stamped with the same instant as T
 * that did not touch a key are included: Fabric exposes no order between them to chaincode. The views assume
 * transaction timestamps grow with commit order, as the peers' endorsement time window keeps them close to.
 */
public final class ReserveSnapshots {
    private final Ledger ledger;
    private final ReferenceRates referenceRates;
    private final MintHeadroom headroom;

    public ReserveSnapshots(Ledger ledger, ReferenceRates referenceRates) {
        this.ledger = ledger;
        this.referenceRates = referenceRates;
        this.headroom = new MintHeadroom(ledger, referenceRates);
    }

    /**
     * The committed state, valued at the transaction's timestamp, under the stored (or default) policy, with the
     * supply rows (the mints each reserve state backed: audit queries, evaluated, never submitted).
     */
    public ReserveSnapshot current(String currency) {
        Currencies.require(currency);
        ReservePolicy policy = policy(currency);
        List<SupplyChange> supply = ledger.list(SupplyChange.class, StableKeys.SUPPLY, currency).stream()
                .map(Ledger.Row::value)
                .toList();
        return new ReserveSnapshot(
                currency,
                ledger.now(),
                null,
                policy,
                assets(currency),
                supply,
                currentRates(),
                ReservePricing.RECORDED,
                headroom.totals(currency).outstanding());
    }

    /**
     * The committed state under {@code policy} (a mint, reserve or policy change that is about to write it): the
     * assets, and units outstanding from the headroom rows (K+1 point reads, see {@link MintHeadroom}); no supply
     * rows.
     */
    public ReserveSnapshot current(String currency, ReservePolicy policy) {
        Currencies.require(currency);
        return new ReserveSnapshot(
                currency,
                ledger.now(),
                null,
                policy,
                assets(currency),
                List.of(),
                currentRates(),
                ReservePricing.RECORDED,
                headroom.totals(currency).outstanding());
    }

    /** The escrowed mint headroom of the currencies these snapshots value. */
    public MintHeadroom headroom() {
        return headroom;
    }

    private List<ReserveAsset> assets(String currency) {
        return ledger.list(ReserveAsset.class, StableKeys.ASSET, currency).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /**
     * The stored policy of a currency, or, when none was set, the defaults (issuer null) with the governed parameters
     * in force now ({@link #governedDefaults}).
     */
    public ReservePolicy policy(String currency) {
        return ledger.find(StableKeys.policy(currency), ReservePolicy.class)
                .orElseGet(() -> governedDefaults(ledger, currency, null));
    }

    /** The default policy of {@code currency} with the governed parameters in force (recorded in the policy). */
    static ReservePolicy governedDefaults(Ledger ledger, String currency, String issuer) {
        return ReservePolicy.governedDefaults(currency, issuer, p -> Parameters.decimal(ledger, p));
    }

    /** As of an instant. */
    public ReserveSnapshot asOf(String currency, Instant t) {
        return asOf(currency, t, null);
    }

    /** As of a transaction that minted, redeemed, or changed the reserve or policy of {@code currency}. */
    public ReserveSnapshot asOfTransaction(String currency, String txId) {
        Currencies.require(currency);
        Instant t = ledger.find(StableKeys.supply(currency, txId), SupplyChange.class)
                .map(SupplyChange::at)
                .or(() -> ledger.find(StableKeys.reserveChange(currency, txId), ReserveChange.class)
                        .map(ReserveChange::at))
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.NOT_FOUND,
                        "transaction %s neither minted nor redeemed %s nor changed its reserve or policy",
                        txId,
                        currency));
        return asOf(currency, t, txId);
    }

    private ReserveSnapshot asOf(String currency, Instant t, String txId) {
        Currencies.require(currency);
        ReservePolicy policy = at(ledger.history(StableKeys.policy(currency)), t, txId)
                .map(v -> Json.read(v, ReservePolicy.class))
                .orElseGet(() -> ReservePolicy.defaults(currency, null));
        List<ReserveAsset> assets = new ArrayList<>();
        for (Ledger.Row<AssetRef> ever : ledger.list(AssetRef.class, StableKeys.ASSET_EVER, currency)) {
            at(ledger.history(StableKeys.asset(currency, ever.value().assetId())), t, txId)
                    .map(v -> Json.read(v, ReserveAsset.class))
                    .ifPresent(assets::add);
        }
        List<SupplyChange> supply = new ArrayList<>();
        for (Ledger.Row<SupplyChange> row : ledger.list(SupplyChange.class, StableKeys.SUPPLY, currency)) {
            if (!row.value().at().isAfter(t)) {
                supply.add(row.value());
            }
        }
        return new ReserveSnapshot(
                currency, t, txId, policy, assets, supply, ratesAsOf(t, txId), ReservePricing.RECORDED);
    }

    /**
     * The value of a key as of {@code t} (and transaction {@code txId}, may be null) from its versions, oldest
     * first: the version {@code txId} wrote, else the last one stamped at or before {@code t}; empty when there
     * was none or it was a deletion.
     */
    public static Optional<String> at(List<Ledger.Version> versions, Instant t, String txId) {
        Ledger.Version chosen = null;
        for (Ledger.Version v : versions) {
            if (txId != null && txId.equals(v.txId())) {
                chosen = v;
                break;
            }
            if (!v.timestamp().isAfter(t)) {
                chosen = v;
            }
        }
        return chosen == null || chosen.deleted() ? Optional.empty() : Optional.of(chosen.value());
    }

    private UsdRates currentRates() {
        TreeMap<String, BigDecimal> cache = new TreeMap<>();
        return currency ->
                cache.computeIfAbsent(currency, c -> referenceRates.get(c).usd());
    }

    private UsdRates ratesAsOf(Instant t, String txId) {
        TreeMap<String, BigDecimal> cache = new TreeMap<>();
        return currency -> cache.computeIfAbsent(currency, c -> {
            if (ReferenceRate.USD.equals(c)) {
                return ReferenceRate.ONE;
            }
            return at(referenceRates.versions(c), t, txId)
                    .map(v -> Json.read(v, ReferenceRate.class).usd())
                    .orElseThrow(() ->
                            LedgerException.of(ErrorCode.NOT_FOUND, "no USD reference rate for %s as of %s", c, t));
        });
    }
}
