package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.stable.BalanceShards;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stable-unit legs of one transaction, collected and then applied together: the settlement other features
 * (bond DvP, coupons, redemption, payments, PvP, netting) use to move units.
 *
 * <p>Why collect: a transaction reads committed state only, never its own writes, so two legs that touch the same
 * balance row (an FX provider paid in one currency and paying in another is fine; an account paid twice in one
 * currency is not) must be summed before the row is written once. {@link #apply()} checks every account that
 * sends is active and funded for its net outflow and every account that receives is active, then writes each
 * touched balance row exactly once. Any failure throws, so the transaction writes nothing: both legs or neither.
 *
 * <p>The calling rule authorizes the movement (who may debit which account); this class only checks that value
 * may move.
 *
 * <p><b>Sharded balances</b> ({@link BalanceShards}). A caller that moves value through a hot account (the FX
 * provider of a PvP payment, a series' paying account) marks that leg {@link #sharded}. Such a leg, on a balance
 * already split, touches one shard, the one the caller names ({@link #onShard}) or else the transaction id's: a
 * credit adds to it; a debit the shard covers takes from it (the fast path: reads the head and one shard, writes the
 * shard; the posted balance is then null, as the total is not read). Otherwise (the first marked leg, or a debit
 * larger than its shard) the exact path reads the head and every shard (one range read), rejects a net outflow above
 * the total, and sweeps: writes the head at zero and the total after the leg spread evenly over the shards. An
 * unmarked leg on a sharded balance takes the exact path without sweeping unless the head cannot cover it: it changes
 * the head only, and posts the exact balance.
 *
 * <p><b>Active mark</b> ({@link BalanceHead#active}). A leg checks its account is open and not frozen. A balance row
 * written by a leg that passed that check carries the mark, and a freeze clears the mark on every balance row of the
 * account ({@link #clearActiveMarks}, one range read); so a leg whose balance row is marked needs no read of the
 * account row: a transfer between two funded accounts reads the caller's participant row and the two balance rows.
 * A freeze and a leg that relied on the mark touch a common row (the freeze writes it), so MVCC serializes them; a
 * leg with no balance row yet reads the account row, which the freeze writes.
 *
 * <p>Invariant: every row is never negative and the balance is head + shards, moved by exactly the leg's net. The
 * fast path keeps both (the shard it writes stays &ge; 0; the sum moves by net). A sweep writes rows summing to the
 * total it read plus net, each &ge; 0. Fabric's MVCC (point reads) and phantom check (the range read) make any
 * two transactions that touched a common row serialize, so no committed transaction works on stale rows.
 */
public final class Settlement {
    private final Registry registry;
    private final Ledger ledger;
    /** Net change per (account, currency), in a fixed order so every endorser writes the same rows. */
    private final Map<String, Leg> legs = new TreeMap<>();
    /** The shard sharded legs take, as the client named it; null: the transaction id's. */
    private Integer chosenShard;

    public Settlement(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    private static final class Leg {
        final AccountId account;
        final String currency;
        Amount net;
        boolean sends;
        boolean receives;
        boolean sharded;
        /** The account was found active by this transaction: rows written for this leg carry the mark. */
        boolean active;

        Leg(AccountId account, String currency) {
            this.account = account;
            this.currency = currency;
            this.net = Amount.zero(Currencies.scale(currency));
        }
    }

    /** Moves {@code amount} of {@code currency} from one account to another. */
    public Settlement move(AccountId from, AccountId to, String currency, Amount amount) {
        if (from.equals(to)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "cannot move %s %s from %s to itself", amount, currency, from);
        }
        debit(from, currency, amount);
        return credit(to, currency, amount);
    }

    public Settlement debit(AccountId account, String currency, Amount amount) {
        Leg leg = leg(account, currency, amount);
        leg.net = leg.net.minus(amount);
        leg.sends = true;
        return this;
    }

    public Settlement credit(AccountId account, String currency, Amount amount) {
        Leg leg = leg(account, currency, amount);
        leg.net = leg.net.plus(amount);
        leg.receives = true;
        return this;
    }

    /**
     * Marks {@code account}'s balance of {@code currency} as hot: split it over shards (if not yet) and serve this
     * transaction's leg from one shard. A leg that only marks (no move) splits the balance.
     */
    public Settlement sharded(AccountId account, String currency) {
        legs.computeIfAbsent(key(account, currency), k -> new Leg(account, currency)).sharded = true;
        return this;
    }

    /**
     * Sharded legs take shard {@code chosen} (modulo the balance's shard count) instead of the transaction id's: a
     * client naming a different shard for each transaction it has in flight keeps them off each other's rows.
     */
    public Settlement onShard(int chosen) {
        this.chosenShard = chosen;
        return this;
    }

    /** A balance row after {@link #apply()}; {@code balance} is null for a leg served by one shard (fast path). */
    public record Posting(AccountId account, String currency, Amount net, Amount balance) {}

    /**
     * Checks and writes every leg; returns the new balances in (account, currency) order. Rejections: FROZEN for a
     * frozen account on either side, NOT_FOUND for an account never opened, INSUFFICIENT_FUNDS for a net outflow
     * above the balance.
     */
    public List<Posting> apply() {
        prefetch();
        List<Posting> postings = new ArrayList<>();
        Map<Key, Object> writes = new LinkedHashMap<>();
        for (Leg leg : legs.values()) {
            requireActive(leg);
            postings.add(post(leg, writes));
        }
        // Written only once every leg has passed, so a rejection leaves no row behind even for a caller that catches.
        writes.forEach(ledger::put);
        return postings;
    }

    /**
     * Asks for every row {@link #apply} reads on its way to success in two requests at most (one per request where
     * the peer takes no batches): the legs' balance heads (read already, mostly, by the caller's checks), then the
     * shard each sharded leg takes and the account row of each leg its head does not vouch for.
     */
    private void prefetch() {
        ledger.prefetch(legs.values().stream()
                .map(l -> StableKeys.balance(l.account, l.currency))
                .toList());
        List<Key> next = new ArrayList<>();
        for (Leg leg : legs.values()) {
            Optional<BalanceHead> head = head(leg);
            if (!leg.active && !head.map(BalanceHead::markedActive).orElse(false)) {
                next.add(Registry.accountKey(leg.account));
            }
            if (leg.sharded && head.isPresent() && head.get().sharded()) {
                next.add(StableKeys.balanceShard(
                        leg.account, leg.currency, shardOf(head.get().shards())));
            }
        }
        ledger.prefetch(next);
    }

    /** The shard a sharded leg takes of a balance split {@code count} ways. */
    private int shardOf(int count) {
        return chosenShard != null ? Math.floorMod(chosenShard, count) : BalanceShards.of(ledger.txId(), count);
    }

    /** Checks now, before other checks of the caller's, that every leg's account may move value (as apply does). */
    public Settlement requireActive() {
        legs.values().forEach(this::requireActive);
        return this;
    }

    private void requireActive(Leg leg) {
        if (leg.sends) {
            requireActive(leg, "send");
        }
        if (leg.receives) {
            requireActive(leg, "receive");
        }
    }

    private void requireActive(Leg leg, String direction) {
        if (!leg.active) {
            requireActive(leg.account, leg.currency, direction);
            leg.active = true;
        }
    }

    /**
     * {@code account} exists and is not frozen, as a leg of {@code currency} on it finds out: by its balance row's
     * active mark, else by the account row. FROZEN or NOT_FOUND otherwise; {@code direction} ("send", "receive")
     * names the side in the message.
     */
    public void requireActive(AccountId account, String currency, String direction) {
        if (!head(account, currency).map(BalanceHead::markedActive).orElse(false)) {
            registry.requireActive(account, direction);
        }
    }

    private Optional<BalanceHead> head(Leg leg) {
        return head(leg.account, leg.currency);
    }

    private Optional<BalanceHead> head(AccountId account, String currency) {
        return ledger.find(StableKeys.balance(account, currency), BalanceHead.class);
    }

    /**
     * The mark a head written for {@code leg} carries: set once the account was found active. A leg that only splits
     * a balance (no move, so no check made) keeps the head's mark, or looks at the account row: a desk splits its
     * balances once, and its payments then find them marked.
     */
    private Boolean mark(Leg leg, Optional<BalanceHead> head) {
        if (leg.active || head.map(BalanceHead::markedActive).orElse(false)) {
            return Boolean.TRUE;
        }
        return registry.findAccount(leg.account).filter(a -> !a.frozen()).isPresent() ? Boolean.TRUE : null;
    }

    private Posting post(Leg leg, Map<Key, Object> writes) {
        AccountId a = leg.account;
        String c = leg.currency;
        Amount zero = Amount.zero(Currencies.scale(c));
        Key headKey = StableKeys.balance(a, c);
        Optional<BalanceHead> head = head(leg);
        Amount headAmount = head.map(BalanceHead::balance).orElse(zero);
        if (head.isEmpty() || !head.get().sharded()) {
            if (!leg.sharded) { // an ordinary balance: one row
                Amount after = headAmount.plus(leg.net);
                requireFunded(leg, headAmount, after);
                writes.put(headKey, new BalanceHead(a.toString(), c, after, null, mark(leg, head)));
                return new Posting(a, c, leg.net, after);
            }
            return sweep(leg, headAmount, BalanceShards.COUNT, mark(leg, head), writes); // split it now
        }
        int count = head.get().shards();
        if (leg.sharded) { // fast path: one shard
            int i = shardOf(count);
            Key shardKey = StableKeys.balanceShard(a, c, i);
            Amount shard = ledger.find(shardKey, BalanceShard.class)
                    .map(BalanceShard::balance)
                    .orElse(zero);
            Amount after = shard.plus(leg.net);
            if (!after.isNegative()) {
                if (leg.net.minor() != 0) {
                    writes.put(shardKey, new BalanceShard(a.toString(), c, i, after));
                }
                return new Posting(a, c, leg.net, null);
            }
        }
        Amount total = headAmount;
        for (Ledger.Row<BalanceShard> r : shards(a, c)) {
            total = total.plus(r.value().balance());
        }
        Amount headAfter = headAmount.plus(leg.net);
        if (!leg.sharded && !headAfter.isNegative()) { // an unmarked leg the head covers: the head only
            writes.put(headKey, new BalanceHead(a.toString(), c, headAfter, count, mark(leg, head)));
            return new Posting(a, c, leg.net, total.plus(leg.net));
        }
        return sweep(leg, total, count, mark(leg, head), writes);
    }

    /** Exact path: {@code total} (head + every shard) plus the leg's net, spread over {@code count} shards. */
    private Posting sweep(Leg leg, Amount total, int count, Boolean mark, Map<Key, Object> writes) {
        AccountId a = leg.account;
        String c = leg.currency;
        Amount after = total.plus(leg.net);
        requireFunded(leg, total, after);
        writes.put(StableKeys.balance(a, c), new BalanceHead(a.toString(), c, Amount.zero(after.scale()), count, mark));
        for (int i = 0; i < count; i++) {
            writes.put(
                    StableKeys.balanceShard(a, c, i),
                    new BalanceShard(a.toString(), c, i, BalanceShards.share(after, count, i)));
        }
        return new Posting(a, c, leg.net, after);
    }

    private static void requireFunded(Leg leg, Amount held, Amount after) {
        if (after.isNegative()) {
            throw LedgerException.of(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "account %s holds %s %s and cannot pay %s",
                    leg.account,
                    held,
                    leg.currency,
                    leg.net.negate());
        }
    }

    /**
     * A freeze of {@code account} clears the active mark on each of its balance rows (one range read), so every later
     * leg on them reads the account row and finds the freeze.
     */
    public static void clearActiveMarks(Ledger ledger, AccountId account) {
        for (Ledger.Row<BalanceHead> r :
                ledger.list(BalanceHead.class, StableKeys.BALANCE, account.owner(), account.name())) {
            BalanceHead h = r.value();
            if (h.active() != null) {
                ledger.put(r.key(), new BalanceHead(h.account(), h.currency(), h.balance(), h.shards(), null));
            }
        }
    }

    private List<Ledger.Row<BalanceShard>> shards(AccountId a, String currency) {
        return ledger.list(BalanceShard.class, StableKeys.BALANCE_SHARD, a.owner(), a.name(), currency);
    }

    /**
     * What an account holds of a currency now (committed state; zero when it never held any): the balance row, or
     * for a sharded balance its head plus every shard (one range read).
     */
    public Amount held(AccountId account, String currency) {
        Optional<BalanceHead> head = ledger.find(StableKeys.balance(account, currency), BalanceHead.class);
        if (head.isEmpty()) {
            return Amount.zero(Currencies.scale(currency));
        }
        return total(head.get(), account);
    }

    /** The balance a stored row stands for: itself, or for a sharded one its head plus every shard. */
    Amount total(BalanceHead head, AccountId account) {
        Amount total = head.balance();
        if (head.sharded()) {
            for (Ledger.Row<BalanceShard> r : shards(account, head.currency())) {
                total = total.plus(r.value().balance());
            }
        }
        return total;
    }

    private Leg leg(AccountId account, String currency, Amount amount) {
        amount.requirePositive(currency, "amount");
        return legs.computeIfAbsent(key(account, currency), k -> new Leg(account, currency));
    }

    private static String key(AccountId account, String currency) {
        return account.owner() + '\u0000' + account.name() + '\u0000' + currency;
    }
}
