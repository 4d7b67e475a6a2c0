package io.bondbridge.chaincode.stable;

import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.BalanceShards;
import io.bondbridge.api.stable.PayoutInstruction;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChange;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.chaincode.ledger.Key;

/**
 * The state namespaces of stable units and reserves. They are part of the stored keys: never rename one.
 *
 * <pre>
 * stable.balance       (ownerMsp, accountName, currency) -> {@link Balance}          one row per holder and currency
 * stable.balshard      (owner, name, currency, "0000"..) -> {@link BalanceShard}  shards of a hot balance
 * stable.supply        (currency, txId)                  -> {@link SupplyChange}     one row per mint or redeem
 * stable.payout        (currency, txId)                  -> {@link PayoutInstruction} one row per redeem
 * stable.policy        (currency)                        -> {@link ReservePolicy}    the unit's issuer and limits
 * stable.asset         (reserveCurrency, assetId)        -> {@link ReserveAsset}     current reserve assets
 * stable.asset.ref     (assetId)                         -> {@link AssetRef}         write-once: which reserve
 * stable.asset.ever    (reserveCurrency, assetId)        -> {@link AssetRef}         write-once: every id ever used
 * stable.reserve.change (reserveCurrency, txId)          -> {@link ReserveChange}    one row per reserve change
 * stable.pledge        (bondSeries, custodianMsp)        -> {@link BondPledge}       while a linked asset exists
 * stable.headroom      (currency, shard "00".."255")     -> {@link HeadroomShard}    escrowed mint headroom
 * stable.supplybase    (currency)                        -> {@link SupplyBase}       totals at the last rebalance
 * </pre>
 *
 * <p>No row is written by every transaction of a kind: a transfer writes the two balance rows it moves between; a
 * mint or redemption writes its own supply row and one of {@link io.bondbridge.api.stable.HeadroomShards#COUNT}
 * headroom shards (a mint's by its transaction id, a redemption's by the account), so units outstanding is base + the shards' net, read in K+1 point reads
 * (see {@link MintHeadroom}).
 */
public final class StableKeys {
    public static final String BALANCE = "stable.balance";
    public static final String BALANCE_SHARD = "stable.balshard";
    public static final String SUPPLY = "stable.supply";
    public static final String PAYOUT = "stable.payout";
    public static final String POLICY = "stable.policy";
    public static final String ASSET = "stable.asset";
    public static final String ASSET_REF = "stable.asset.ref";
    public static final String ASSET_EVER = "stable.asset.ever";
    public static final String RESERVE_CHANGE = "stable.reserve.change";
    public static final String PLEDGE = "stable.pledge";
    public static final String HEADROOM = "stable.headroom";
    public static final String SUPPLY_BASE = "stable.supplybase";

    private StableKeys() {}

    public static Key balance(AccountId account, String currency) {
        return Key.of(BALANCE, account.owner(), account.name(), currency);
    }

    /** Shard row {@code shard} of a sharded balance ({@link BalanceShards}); zero-padded so rows list in order. */
    public static Key balanceShard(AccountId account, String currency, int shard) {
        return Key.of(BALANCE_SHARD, account.owner(), account.name(), currency, Key.number(shard, 4));
    }

    public static Key supply(String currency, String txId) {
        return Key.of(SUPPLY, currency, txId);
    }

    public static Key payout(String currency, String txId) {
        return Key.of(PAYOUT, currency, txId);
    }

    public static Key policy(String currency) {
        return Key.of(POLICY, currency);
    }

    public static Key asset(String reserve, String assetId) {
        return Key.of(ASSET, reserve, assetId);
    }

    public static Key assetRef(String assetId) {
        return Key.of(ASSET_REF, assetId);
    }

    public static Key assetEver(String reserve, String assetId) {
        return Key.of(ASSET_EVER, reserve, assetId);
    }

    public static Key reserveChange(String reserve, String txId) {
        return Key.of(RESERVE_CHANGE, reserve, txId);
    }

    public static Key pledge(String series, String custodianMsp) {
        return Key.of(PLEDGE, series, custodianMsp);
    }

    public static Key headroom(String currency, int shard) {
        return Key.of(HEADROOM, currency, Key.number(shard, 2));
    }

    public static Key supplyBase(String currency) {
        return Key.of(SUPPLY_BASE, currency);
    }
}
