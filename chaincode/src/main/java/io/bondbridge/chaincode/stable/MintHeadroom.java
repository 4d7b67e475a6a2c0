package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.stable.HeadroomShards;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Escrowed mint headroom (the demarcation protocol): the units a reserve still covers are split into K = {@link
 * HeadroomShards#COUNT} allowances, so a mint checks coverage by reading and writing one shard instead of summing
 * every supply row of its currency (a range read that grew with history and made concurrent mints phantom reads of
 * each other).
 *
 * <p><b>Rows.</b> {@code stable.supplybase (currency)} ({@link SupplyBase}): minted and redeemed totals at the last
 * rebalance. {@code stable.headroom (currency, shard)} ({@link HeadroomShard}): the shard's allowance, the units
 * minted and redeemed through it since the last rebalance, whether headroom is open, and the reserve digest and USD
 * rates it was granted against. Units outstanding = base + sum over shards of (minted - redeemed): K+1 point reads.
 * Before the first rebalance of a currency (a ledger written before this protocol) there are no such rows and the
 * supply rows are summed, once: the first rebalance (its first mint, reserve or policy change) migrates it.
 *
 * <p><b>Capacity</b> = reserve value after haircuts / minimum coverage, DOWN to the currency's minor unit: the most
 * units outstanding the coverage rule admits (u &le; capacity exactly when adjusted &ge; minCoverage x u, for u at the
 * currency's scale). A minimum coverage of zero does not bind; headroom is then a large fixed amount.
 *
 * <p><b>Invariant</b> (I), at every committed state of a migrated currency: either every allowance is zero and no
 * shard is open, or sum of allowances + units outstanding &le; capacity of the committed reserve and policy.
 *
 * <p><i>Proof.</i> Every transaction that changes a term of (I) is one of:
 *
 * <ol>
 *   <li>a rebalance ({@link #rebalance}: the exact mint path, every reserve asset or policy change, {@code
 *       stable:rebalance}). It reads the base and all K shards, and the reserve and policy it values; it writes the
 *       base (= outstanding, so every shard's minted/redeemed restart at zero) and every shard. When the reserve
 *       breaks no policy limit and capacity &ge; outstanding it grants free = capacity - outstanding as
 *       floor(free / K) per shard plus the remainder on shard 0, so sum of allowances + outstanding = capacity;
 *       otherwise it grants zero and closes every shard. Either way (I) holds in the state it writes.
 *   <li>a fast-path mint of a: it reads and writes one open shard with allowance &ge; a: allowance - a, minted + a.
 *       Sum of allowances falls by a, outstanding grows by a: the left side of (I) is unchanged, allowances stay
 *       &ge; 0. Capacity is not touched.
 *   <li>a redemption of a: redeemed + a on one shard (outstanding falls by a) and, only if the shard is open,
 *       allowance + a. The left side is unchanged or falls; a closed shard stays at zero.
 *   <li>a change of a USD reference rate: it may change capacity without touching these rows; a shard records the
 *       rates it was granted against and the fast path, which reads those rate rows, is not taken once one differs.
 *       Only rebalanced (exactly checked) mints happen until a rebalance grants headroom at the new rates.
 * </ol>
 *
 * Fabric validates each transaction's read set against the state committed before it (MVCC on the keys it read),
 * so a committed transaction saw the latest versions of every row it read and wrote: a rebalance and any mint or
 * redemption on a shard it read are serialized (one of them fails as an MVCC conflict and is retried), and two
 * fast-path mints on different shards share no key. Each committed transaction therefore takes a state satisfying
 * (I) to one satisfying (I); the base case is the migrating rebalance. The same holds for the reserve and policy
 * rows: every writer of them rebalances in the same transaction. The passage of time does not lower the value
 * after haircuts (prices are the recorded ones, haircuts depend on the class only). ∎
 *
 * <p><b>What the fast path does not re-check.</b> The asset-side limits (eligible classes, class, custodian and
 * issuer weights, short-term share, bill days) do not depend on units outstanding; every reserve or policy change
 * re-checks them (as before), and a rebalance that finds any of them broken grants no headroom, so mints then take
 * the exact path and are rejected as before. Time only improves bill days and short-term share.
 */
public final class MintHeadroom {
    /** Headroom granted when the minimum coverage is zero (coverage does not bind): 2^52 minor units. */
    static final long UNBOUNDED_MINOR = 1L << 52;

    private final Ledger ledger;
    private final ReferenceRates referenceRates;

    public MintHeadroom(Ledger ledger, ReferenceRates referenceRates) {
        this.ledger = ledger;
        this.referenceRates = referenceRates;
    }

    /** Minted and redeemed totals of a currency. */
    public record Totals(Amount minted, Amount redeemed) {
        public Amount outstanding() {
            return minted.minus(redeemed);
        }

        Totals mint(Amount a) {
            return new Totals(minted.plus(a), redeemed);
        }
    }

    /** What a rebalance granted. */
    public record Grant(Amount capacity, Amount headroom, List<HeadroomShard> shards) {}

    public Optional<HeadroomShard> shard(String currency, int shard) {
        return ledger.find(StableKeys.headroom(currency, shard), HeadroomShard.class);
    }

    /**
     * Exact totals: base + every shard (K+1 point reads), or, before the currency's first rebalance, the sum of its
     * supply rows.
     */
    public Totals totals(String currency) {
        Amount zero = Amount.zero(Currencies.scale(currency));
        Optional<SupplyBase> base = ledger.find(StableKeys.supplyBase(currency), SupplyBase.class);
        if (base.isEmpty()) {
            Amount minted = zero;
            Amount redeemed = zero;
            for (Ledger.Row<SupplyChange> r : ledger.list(SupplyChange.class, StableKeys.SUPPLY, currency)) {
                if (r.value().kind() == SupplyChange.Kind.MINT) {
                    minted = minted.plus(r.value().amount());
                } else {
                    redeemed = redeemed.plus(r.value().amount());
                }
            }
            return new Totals(minted, redeemed);
        }
        Amount minted = base.get().minted();
        Amount redeemed = base.get().redeemed();
        for (HeadroomShard s : shards(currency)) {
            minted = minted.plus(s.minted());
            redeemed = redeemed.plus(s.redeemed());
        }
        return new Totals(minted, redeemed);
    }

    /** True when every USD rate the shard's headroom was granted at is still the current rate. */
    public boolean ratesUnchanged(HeadroomShard s) {
        if (s.grantRates() == null) {
            return true;
        }
        for (Map.Entry<String, BigDecimal> e : s.grantRates().entrySet()) {
            Optional<BigDecimal> now =
                    referenceRates.find(e.getKey()).map(io.bondbridge.api.governance.ReferenceRate::usd);
            if (now.isEmpty() || now.get().compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Capacity of a reserve: value after haircuts / minimum coverage, DOWN; null when coverage does not bind. */
    public static Amount capacity(ReserveMetrics m) {
        BigDecimal min = m.policy().minCoverage();
        if (min.signum() == 0) {
            return null;
        }
        Amount adjusted = m.adjusted();
        return Amount.of(
                adjusted.toBigDecimal().divide(min, adjusted.scale(), RoundingMode.DOWN),
                adjusted.scale(),
                RoundingMode.UNNECESSARY);
    }

    /**
     * Redistributes the headroom of {@code m}'s reserve over the shards, with {@code totals} (after the transaction's
     * own mint, if any) as the new base; writes the base and all K shards. {@code m} must carry {@code totals}'
     * outstanding as its units. See the class documentation for the grant rule.
     */
    public Grant rebalance(ReserveMetrics m, Totals totals) {
        String currency = m.currency();
        int scale = Currencies.scale(currency);
        Amount zero = Amount.zero(scale);
        Amount outstanding = totals.outstanding();
        Amount capacity = capacity(m);
        // The asset-side limits, evaluated as if units were outstanding (nothing binds with none).
        boolean assetsSound =
                m.withUnits(outstanding.isPositive() ? outstanding : Amount.ofMinor(1, scale)).breaches().stream()
                        .allMatch(b -> b.limit().equals("minCoverage"));
        Amount free;
        if (capacity == null) {
            free = Amount.ofMinor(UNBOUNDED_MINOR, scale);
        } else {
            free = capacity.minus(outstanding);
        }
        boolean open = assetsSound && !free.isNegative();
        if (!open) {
            free = zero;
        }
        long each = free.minor() / HeadroomShards.COUNT;
        long remainder = free.minor() % HeadroomShards.COUNT;
        TreeMap<String, BigDecimal> rates = grantRates(m);
        List<HeadroomShard> shards = new ArrayList<>(HeadroomShards.COUNT);
        for (int i = 0; i < HeadroomShards.COUNT; i++) {
            Amount allowance = Amount.ofMinor(i == 0 ? each + remainder : each, scale);
            HeadroomShard s = new HeadroomShard(
                    currency,
                    i,
                    allowance,
                    zero,
                    zero,
                    open,
                    m.digest(),
                    ledger.txId(),
                    rates.isEmpty() ? null : rates,
                    m.policy().issuer());
            ledger.put(StableKeys.headroom(currency, i), s);
            shards.add(s);
        }
        ledger.put(
                StableKeys.supplyBase(currency),
                new SupplyBase(
                        currency,
                        totals.minted(),
                        totals.redeemed(),
                        ledger.txId(),
                        ledger.now(),
                        capacity,
                        m.digest()));
        return new Grant(capacity, free, shards);
    }

    /** The USD rates a reserve with foreign-currency assets was valued at: each asset currency and the reserve's. */
    private TreeMap<String, BigDecimal> grantRates(ReserveMetrics m) {
        TreeMap<String, BigDecimal> rates = new TreeMap<>();
        for (ValuedAsset v : m.assets()) {
            ReserveAsset a = v.asset();
            if (!a.currency().equals(m.currency())) {
                rates.put(a.currency(), referenceRates.get(a.currency()).usd());
            }
        }
        if (!rates.isEmpty()) {
            rates.put(m.currency(), referenceRates.get(m.currency()).usd());
        }
        return rates;
    }

    /** Sum of all allowances (for tests and reports). */
    public Amount allowances(String currency) {
        Amount sum = Amount.zero(Currencies.scale(currency));
        for (HeadroomShard s : shards(currency)) {
            sum = sum.plus(s.allowance());
        }
        return sum;
    }

    /** The currency's headroom shards that exist, in shard order: K point reads, asked for in one request. */
    private List<HeadroomShard> shards(String currency) {
        List<Key> keys = IntStream.range(0, HeadroomShards.COUNT)
                .mapToObj(i -> StableKeys.headroom(currency, i))
                .toList();
        ledger.prefetch(keys);
        return keys.stream()
                .flatMap(k -> ledger.find(k, HeadroomShard.class).stream())
                .toList();
    }
}
