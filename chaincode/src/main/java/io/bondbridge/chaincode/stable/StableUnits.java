package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.HeadroomShards;
import io.bondbridge.api.stable.MintResult;
import io.bondbridge.api.stable.PayoutInstruction;
import io.bondbridge.api.stable.RebalanceResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.StableRedeemResult;
import io.bondbridge.api.stable.StableSupply;
import io.bondbridge.api.stable.StableTransferResult;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stable units: mint against the reserve, transfer, redeem, balances.
 *
 * <p>What each transaction reads and writes (no hot keys):
 *
 * <ul>
 *   <li>transfer: reads the caller's participant and the two balance rows (and the account record of a side whose
 *       row lacks the active mark: a first credit, or the first leg after a freeze; see {@link Settlement}); writes
 *       the two balance rows. Transfers between disjoint accounts never conflict.
 *   <li>redeem: reads the caller's participant, the account, its balance, the currency's policy (who pays) and the
 *       redeemer's headroom shard; writes the balance, the shard (burned units return headroom), one new supply row
 *       and one payout row (both keyed by the transaction id).
 *   <li>mint, fast path: reads the caller's participant, the headroom shard of its transaction id (which records
 *       the issuer, so no policy read), the recipient's alias when named by it and its balance (the account record
 *       only when the balance row carries no active mark, as for a transfer; and the USD rate rows the shard's grant
 *       was valued at, if any); writes the balance, the shard and one new supply row. Mints on different shards
 *       share no key and never conflict, whatever the history; a retry draws on another shard.
 *   <li>mint, exact path (the shard's headroom is short, or the currency has never been rebalanced): additionally
 *       reads the whole reserve, the supply base and every shard, checks every policy limit as before and
 *       rebalances (writes the base and every shard). See {@link MintHeadroom}.
 * </ul>
 */
public final class StableUnits {
    private final Registry registry;
    private final Ledger ledger;
    private final ReserveSnapshots snapshots;

    public StableUnits(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
        this.snapshots = new ReserveSnapshots(ledger, new ReferenceRates(registry));
    }

    /**
     * The issuer mints {@code amount} of {@code currency} to an active account, when the reserve policy holds
     * afterwards (coverage with the new units outstanding, and every composition limit).
     */
    public MintResult mint(Caller caller, String currency, AccountId account, Amount amount) {
        // The shard of this attempt's transaction id: a retry (a new id) lands on another (see HeadroomShards).
        return mint(caller, currency, account, amount, HeadroomShards.of(ledger.txId()));
    }

    /** {@link #mint(Caller, String, AccountId, Amount)} drawing on headroom shard {@code shardNo}. */
    public MintResult mint(Caller caller, String currency, AccountId account, Amount amount, int shardNo) {
        amount.requirePositive(currency, "amount");
        Participant p = registry.requireRole(caller, "mint " + currency, Role.CENTRAL_BANK, Role.STABLE_ISSUER);
        if (!p.issues(currency)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s does not issue %s (it issues %s)",
                    caller.mspId(),
                    currency,
                    p.currencies());
        }
        ledger.prefetch(mintRows(currency, shardNo, account));
        MintHeadroom headroom = snapshots.headroom();
        Optional<HeadroomShard> shard = headroom.shard(currency, shardNo);
        // A shard that records the caller as the currency's issuer (fixed by the policy) spares the policy read.
        ReservePolicy policy = null;
        if (shard.isEmpty() || !shard.get().issuedBy(caller.mspId())) {
            Optional<ReservePolicy> stored = ledger.find(StableKeys.policy(currency), ReservePolicy.class);
            if (stored.isPresent()) {
                policy = stored.get();
                requireIssuer(policy, caller, "mint");
            } else {
                // The first mint binds the unit to its issuer with the default policy (governed parameters in force)
                // and takes the exact path under it, whatever a shard granted before the policy holds.
                policy = ReserveSnapshots.governedDefaults(ledger, currency, caller.mspId())
                        .apply(ReservePolicy.PolicyChange.NONE, caller.mspId(), caller.mspId(), ledger.now());
                ledger.put(StableKeys.policy(currency), policy);
                shard = Optional.empty();
            }
        }
        AccountId to = registry.accountId(account);
        Settlement settlement =
                new Settlement(registry, ledger).credit(to, currency, amount).requireActive();
        if (shard.isPresent()
                && shard.get().open()
                && !shard.get().allowance().lessThan(amount)
                && headroom.ratesUnchanged(shard.get())) {
            HeadroomShard s = policy == null ? shard.get() : shard.get().withIssuer(policy.issuer());
            return fastMint(settlement, s, currency, to, amount);
        }
        if (policy == null) {
            policy = ledger.get(StableKeys.policy(currency), ReservePolicy.class, currency + " reserve policy");
        }

        // Exact path: today's check over the whole reserve and the exact units outstanding, then a rebalance.
        MintHeadroom.Totals totals = headroom.totals(currency);
        ReserveSnapshot snapshot = snapshots.current(currency, policy);
        ReserveMetrics metrics = snapshot.metrics();
        Amount unitsAfter = metrics.units().plus(amount);
        ReserveMetrics after = metrics.withUnits(unitsAfter);
        List<Breach> breaches = after.breaches();
        if (!breaches.isEmpty()) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "minting %s %s would break the %s reserve policy: %s",
                    amount,
                    currency,
                    currency,
                    ReserveMetrics.describe(breaches));
        }
        MintHeadroom.Grant grant = headroom.rebalance(after, totals.mint(amount));
        Amount balance = settlement.apply().get(0).balance();
        return minted(
                currency,
                to,
                amount,
                balance,
                after.digest(),
                after.coverage(),
                after.adjusted(),
                unitsAfter,
                shardNo,
                grant.shards().get(shardNo).allowance());
    }

    /**
     * The fast path: the transaction's shard covers the amount. Reads and writes that shard only (plus the balance
     * and the rate rows the grant depends on); see {@link MintHeadroom} for why coverage still holds.
     */
    private MintResult fastMint(Settlement settlement, HeadroomShard s, String currency, AccountId to, Amount amount) {
        HeadroomShard next = s.moved(s.allowance().minus(amount), s.minted().plus(amount), s.redeemed());
        ledger.put(StableKeys.headroom(currency, s.shard()), next);
        Amount balance = settlement.apply().get(0).balance();
        return minted(currency, to, amount, balance, s.grantDigest(), null, null, null, s.shard(), next.allowance());
    }

    /**
     * Records a mint (its supply row and event) and says what it did; coverage, value after haircuts and units
     * outstanding are null on the fast path, which does not compute them.
     */
    private MintResult minted(
            String currency,
            AccountId to,
            Amount amount,
            Amount balance,
            String digest,
            BigDecimal coverage,
            Amount adjusted,
            Amount unitsAfter,
            int shard,
            Amount shardHeadroom) {
        SupplyChange change = new SupplyChange(
                ledger.txId(),
                ledger.now(),
                currency,
                SupplyChange.Kind.MINT,
                to.toString(),
                amount,
                digest,
                coverage,
                adjusted,
                unitsAfter);
        ledger.put(StableKeys.supply(currency, ledger.txId()), change);
        ledger.emit("StableMinted", change);
        return new MintResult(
                ledger.txId(),
                currency,
                to.toString(),
                amount,
                balance,
                unitsAfter,
                coverage,
                adjusted,
                digest,
                shard,
                shardHeadroom);
    }

    /**
     * The issuer redistributes the mint headroom of {@code currency} on demand: the exact units outstanding, the
     * reserve valued now, and every shard's allowance granted anew (see {@link MintHeadroom}). Reads and writes every
     * shard: concurrent mints conflict with it.
     */
    public RebalanceResult rebalance(Caller caller, String currency) {
        Currencies.require(currency);
        Participant p = registry.requireRole(
                caller, "rebalance the mint headroom of " + currency, Role.CENTRAL_BANK, Role.STABLE_ISSUER);
        if (!p.issues(currency)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s does not issue %s (it issues %s)",
                    caller.mspId(),
                    currency,
                    p.currencies());
        }
        ReservePolicy policy = ledger.find(StableKeys.policy(currency), ReservePolicy.class)
                .orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "no %s units have been issued", currency));
        requireIssuer(policy, caller, "rebalance");
        MintHeadroom headroom = snapshots.headroom();
        MintHeadroom.Totals totals = headroom.totals(currency);
        ReserveMetrics m = snapshots.current(currency, policy).metrics();
        MintHeadroom.Grant grant = headroom.rebalance(m, totals);
        List<Breach> breaches = m.breaches();
        RebalanceResult result = new RebalanceResult(
                ledger.txId(),
                currency,
                totals.outstanding(),
                m.adjusted(),
                grant.capacity(),
                m.coverage(),
                grant.headroom(),
                HeadroomShards.COUNT,
                m.digest(),
                breaches.stream().map(Breach::limit).toList());
        ledger.emit("StableHeadroomRebalanced", result);
        return result;
    }

    /** Moves units between two active accounts; the caller must own {@code from}. */
    public StableTransferResult transfer(Caller caller, String currency, AccountId from, AccountId to, Amount amount) {
        amount.requirePositive(currency, "amount");
        registry.caller(caller);
        AccountId fromId = registry.accountId(from);
        registry.requireOwner(caller, fromId);
        AccountId toId = registry.accountId(to);
        if (fromId.equals(toId)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "cannot transfer from %s to itself", fromId);
        }
        Settlement settlement = new Settlement(registry, ledger).move(fromId, toId, currency, amount);
        Amount fromBalance = null;
        Amount toBalance = null;
        for (Settlement.Posting p : settlement.apply()) {
            if (p.account().equals(fromId)) {
                fromBalance = p.balance();
            } else {
                toBalance = p.balance();
            }
        }
        StableTransferResult result = new StableTransferResult(
                ledger.txId(), currency, fromId.toString(), toId.toString(), amount, fromBalance, toBalance);
        ledger.emit("StableTransferred", result);
        return result;
    }

    /**
     * The rows a fast mint reads after the caller's participant, in one request: its headroom shard and, for an
     * account named by MSP ID (an alias needs its row read first), the owner's participant and the balance row.
     */
    private static List<Key> mintRows(String currency, int shardNo, AccountId account) {
        Key shard = StableKeys.headroom(currency, shardNo);
        if (Participant.aliasShaped(account.owner())) {
            return List.of(shard);
        }
        return List.of(shard, Registry.participantKey(account.owner()), StableKeys.balance(account, currency));
    }

    /** Burns units from the caller's account and records a payout instruction to the issuer. */
    public StableRedeemResult redeem(Caller caller, String currency, AccountId from, Amount amount) {
        amount.requirePositive(currency, "amount");
        registry.caller(caller);
        AccountId fromId = registry.accountId(from);
        registry.requireOwner(caller, fromId);
        ReservePolicy policy = ledger.find(StableKeys.policy(currency), ReservePolicy.class)
                .orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "no %s units have been issued", currency));
        Amount balance = new Settlement(registry, ledger)
                .debit(fromId, currency, amount)
                .apply()
                .get(0)
                .balance();
        // Burned units free headroom one for one on the redeemer's shard (none while the shard is closed). Before
        // the currency's first rebalance there is no shard: the supply rows are still what counts.
        int shardNo = HeadroomShards.of(fromId.toString());
        Optional<HeadroomShard> shard = snapshots.headroom().shard(currency, shardNo);
        if (shard.isEmpty() && ledger.exists(StableKeys.supplyBase(currency))) {
            // A shard beyond the count of the last rebalance (the count grew): created closed, no allowance, so
            // the redemption still counts in base + shards and (I) holds.
            Amount zero = Amount.zero(Currencies.scale(currency));
            ledger.put(
                    StableKeys.headroom(currency, shardNo),
                    new HeadroomShard(currency, shardNo, zero, zero, amount, false, null, null, null, policy.issuer()));
        } else if (shard.isPresent()) {
            HeadroomShard s = shard.get().withIssuer(policy.issuer());
            ledger.put(
                    StableKeys.headroom(currency, shardNo),
                    s.moved(
                            s.open() ? s.allowance().plus(amount) : s.allowance(),
                            s.minted(),
                            s.redeemed().plus(amount)));
        }
        SupplyChange change = new SupplyChange(
                ledger.txId(),
                ledger.now(),
                currency,
                SupplyChange.Kind.REDEEM,
                fromId.toString(),
                amount,
                null,
                null,
                null,
                null);
        ledger.put(StableKeys.supply(currency, ledger.txId()), change);
        PayoutInstruction payout = new PayoutInstruction(
                ledger.txId(),
                currency,
                fromId.toString(),
                amount,
                policy.issuer(),
                ledger.now(),
                PayoutInstruction.PENDING);
        ledger.put(StableKeys.payout(currency, ledger.txId()), payout);
        ledger.emit("StableRedeemed", payout);
        return new StableRedeemResult(ledger.txId(), currency, fromId.toString(), amount, balance, payout);
    }

    /** One account's balance of one currency (zero when it never held any). */
    public Balance balance(Caller caller, String currency, AccountId account) {
        Currencies.require(currency);
        AccountId id = registry.accountId(account);
        Participant p = registry.caller(caller);
        if (!mayRead(caller, p, id, currency)) {
            throw forbiddenRead(caller, id);
        }
        registry.account(id);
        return new Balance(id.toString(), currency, new Settlement(registry, ledger).held(id, currency));
    }

    /**
     * Balances of one account ({@code account} not null) or of all the caller's accounts, of one currency or all
     * ({@code currency} null).
     */
    public List<Balance> balances(Caller caller, String currency, AccountId account) {
        if (currency != null) {
            Currencies.require(currency);
        }
        Participant p = registry.caller(caller);
        List<Ledger.Row<BalanceHead>> rows;
        if (account != null) {
            AccountId id = registry.accountId(account);
            registry.account(id);
            boolean whole = id.owner().equals(caller.mspId()) || p.has(Role.REGULATOR) || p.has(Role.AUDITOR);
            if (!whole && (currency == null || !p.issues(currency))) {
                throw forbiddenRead(caller, id);
            }
            rows = ledger.list(BalanceHead.class, StableKeys.BALANCE, id.owner(), id.name());
            if (!whole) {
                rows = rows.stream()
                        .filter(r -> r.value().currency().equals(currency))
                        .toList();
            }
        } else {
            rows = ledger.list(BalanceHead.class, StableKeys.BALANCE, caller.mspId());
        }
        List<Balance> out = new ArrayList<>();
        Settlement settlement = new Settlement(registry, ledger);
        for (Ledger.Row<BalanceHead> r : rows) {
            BalanceHead h = r.value();
            if (currency == null || h.currency().equals(currency)) {
                // A sharded balance is its head plus its shards.
                Amount total = h.sharded() ? settlement.total(h, registry.accountId(h.account())) : h.balance();
                out.add(new Balance(h.account(), h.currency(), total));
            }
        }
        return out;
    }

    /** Minted, redeemed and outstanding units of a currency: base + headroom shards (K+1 point reads). */
    public StableSupply supply(Caller caller, String currency) {
        Currencies.require(currency);
        registry.caller(caller);
        MintHeadroom.Totals t = snapshots.headroom().totals(currency);
        String issuer = ledger.find(StableKeys.policy(currency), ReservePolicy.class)
                .map(ReservePolicy::issuer)
                .orElse(null);
        return new StableSupply(currency, issuer, t.minted(), t.redeemed(), t.outstanding());
    }

    private boolean mayRead(Caller caller, Participant p, AccountId id, String currency) {
        return id.owner().equals(caller.mspId()) || p.has(Role.REGULATOR) || p.has(Role.AUDITOR) || p.issues(currency);
    }

    private static LedgerException forbiddenRead(Caller caller, AccountId id) {
        return LedgerException.of(
                ErrorCode.FORBIDDEN,
                "%s may not read the balances of %s (owner, REGULATOR, AUDITOR or the currency's issuer only)",
                caller.mspId(),
                id);
    }

    static void requireIssuer(ReservePolicy policy, Caller caller, String action) {
        if (policy.issuer() != null && !policy.issuer().equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s units are issued by %s; %s may not %s them",
                    policy.currency(),
                    policy.issuer(),
                    caller.mspId(),
                    action);
        }
    }
}
