package io.bondbridge.chaincode.audit;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.audit.History;
import io.bondbridge.api.audit.HistoryEntry;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.chaincode.bond.BondKeys;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.payment.PaymentKeys;
import io.bondbridge.chaincode.stable.AssetRef;
import io.bondbridge.chaincode.stable.StableKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code audit history KIND ID}: every committed version of the state rows behind one thing, oldest first, from
 * key histories (no channel-wide scan).
 *
 * <p>A kind maps an id to the keys to read and decides who may read them. Kinds today:
 *
 * <ul>
 *   <li>{@code account} (ID {@code ORG:name}): the account's stable-unit balance rows, every currency; the owner,
 *       REGULATOR and AUDITOR may read it;
 *   <li>{@code reserve-asset} (ID an asset id): the asset's record, including its removal; any participant;
 *   <li>{@code payment} (ID an end-to-end id): the payment's public record (status changes) and, when it was queued,
 *       its netting queue row; any participant. The private details have no history here: they are in the agents'
 *       collection, read with {@code payment show}.
 *   <li>{@code bond-holding} (ID {@code SERIES:ORG:name}): the account's holding row of one series (units and
 *       locked units); the owner, the series' issuer, REGULATOR and AUDITOR may read it.
 * </ul>
 *
 * A later feature adds its kind with one entry in {@link #KINDS} and its name in {@link History#KINDS}.
 */
public final class AuditHistory {
    /** Who reads which keys for one kind. */
    @FunctionalInterface
    public interface Kind {
        /** The keys behind {@code id}, after checking that {@code caller} may read them. */
        List<Key> keys(Ledger ledger, Registry registry, Caller caller, String id);
    }

    /** The kinds by name ({@link History#KINDS}, which clients check against); add a feature's kind to both. */
    public static final SortedMap<String, Kind> KINDS;

    static {
        TreeMap<String, Kind> kinds = new TreeMap<>();
        kinds.put(History.ACCOUNT, AuditHistory::accountKeys);
        kinds.put(History.RESERVE_ASSET, AuditHistory::reserveAssetKeys);
        kinds.put(History.PAYMENT, AuditHistory::paymentKeys);
        kinds.put(History.BOND_HOLDING, AuditHistory::bondHoldingKeys);
        KINDS = Collections.unmodifiableSortedMap(kinds);
    }

    private final Ledger ledger;
    private final Registry registry;

    public AuditHistory(Ledger ledger, Registry registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    public History history(Caller caller, String kind, String id) {
        Kind k = KINDS.get(kind);
        if (k == null) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "history kind '%s' is not one of %s", kind, KINDS.keySet());
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (Key key : k.keys(ledger, registry, caller, id)) {
            for (Ledger.Version v : ledger.history(key)) {
                entries.add(new HistoryEntry(
                        key.toString(),
                        v.txId(),
                        v.timestamp(),
                        v.deleted(),
                        v.deleted() ? null : Json.parse(v.value())));
            }
        }
        // Stable sort: versions of one key keep their commit order.
        entries.sort(Comparator.comparing(HistoryEntry::timestamp));
        return new History(kind, id, entries);
    }

    private static List<Key> accountKeys(Ledger ledger, Registry registry, Caller caller, String id) {
        AccountId account = registry.accountId(id);
        Participant p = registry.caller(caller);
        if (!account.owner().equals(caller.mspId()) && !p.has(Role.REGULATOR) && !p.has(Role.AUDITOR)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not read the history of %s (owner, REGULATOR or AUDITOR only)",
                    caller.mspId(),
                    account);
        }
        registry.account(account);
        // Balance rows are never deleted, so the current rows name every currency the account ever held.
        return ledger.list(Balance.class, StableKeys.BALANCE, account.owner(), account.name()).stream()
                .map(Ledger.Row::key)
                .toList();
    }

    private static List<Key> reserveAssetKeys(Ledger ledger, Registry registry, Caller caller, String id) {
        registry.caller(caller);
        ReserveAsset.requireId(id);
        AssetRef ref = ledger.find(StableKeys.assetRef(id), AssetRef.class)
                .orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "reserve asset %s not found", id));
        return List.of(StableKeys.asset(ref.reserve(), id));
    }

    private static List<Key> paymentKeys(Ledger ledger, Registry registry, Caller caller, String id) {
        registry.caller(caller);
        Payment p = ledger.get(PaymentKeys.payment(id), Payment.class, "payment " + id);
        return p.cycle() == null
                ? List.of(PaymentKeys.payment(id))
                : List.of(PaymentKeys.payment(id), PaymentKeys.queue(p.cycle(), id));
    }

    private static List<Key> bondHoldingKeys(Ledger ledger, Registry registry, Caller caller, String id) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "bond holding '%s' is not of the form SERIES:ORG:name", id);
        }
        String seriesId = id.substring(0, colon);
        AccountId account = registry.accountId(id.substring(colon + 1));
        Series series = ledger.get(BondKeys.series(seriesId), Series.class, "bond series " + seriesId);
        Participant p = registry.caller(caller);
        boolean may = account.owner().equals(caller.mspId())
                || series.issuer().equals(caller.mspId())
                || p.has(Role.REGULATOR)
                || p.has(Role.AUDITOR);
        if (!may) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not read the history of %s (owner, issuer, REGULATOR or AUDITOR only)",
                    caller.mspId(),
                    id);
        }
        return List.of(BondKeys.holding(seriesId, account));
    }
}
