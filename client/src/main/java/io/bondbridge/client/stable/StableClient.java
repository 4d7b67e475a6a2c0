package io.bondbridge.client.stable;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.HeadroomShards;
import io.bondbridge.api.stable.MintResult;
import io.bondbridge.api.stable.RebalanceResult;
import io.bondbridge.api.stable.StableRedeemResult;
import io.bondbridge.api.stable.StableSupply;
import io.bondbridge.api.stable.StableTransferResult;
import io.bondbridge.client.transport.Transport;
import java.util.List;
import java.util.Objects;

/**
 * Stable units: mint (issuer), transfer, redeem, balances. Amounts are decimal strings in the currency's unit
 * ({@code "1250000.00"}); results carry the transaction id.
 *
 * <pre>{@code
 * try (BondBridge pboc = BondBridge.embedded(Path.of(".bondbridge"), "centralbank")) {
 *     MintResult m = pboc.stableUnits().mint("CNY", "banka:main", "1000000.00");
 *     System.out.println(m.reserveDigest() + " " + m.shardHeadroom()); // coverage: null on the fast path
 * }
 * }</pre>
 */
public final class StableClient {
    /** One rotation per JVM: its mints in flight at once never share a headroom shard. */
    private static final ShardRotation SHARDS = new ShardRotation(HeadroomShards.COUNT);

    private final Transport transport;

    public StableClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Mints to {@code account}; rejected with POLICY_VIOLATION when the reserve policy would break. Each mint of this
     * JVM draws on the next headroom shard of a rotation ({@link ShardRotation}), so mints in flight at once never share
     * a shard and never conflict.
     */
    public MintResult mint(String currency, String account, String amount) {
        return Json.read(
                transport
                        .submit(
                                Functions.Stable.NAME,
                                Functions.Stable.MINT_ON_SHARD,
                                currency,
                                account,
                                amount,
                                Integer.toString(SHARDS.next()))
                        .payload(),
                MintResult.class);
    }

    public StableTransferResult transfer(String currency, String from, String to, String amount) {
        return Json.read(
                transport
                        .submit(Functions.Stable.NAME, Functions.Stable.TRANSFER, currency, from, to, amount)
                        .payload(),
                StableTransferResult.class);
    }

    /** Burns units of the caller's account {@code from}; the result carries the payout instruction. */
    public StableRedeemResult redeem(String currency, String from, String amount) {
        return Json.read(
                transport
                        .submit(Functions.Stable.NAME, Functions.Stable.REDEEM, currency, from, amount)
                        .payload(),
                StableRedeemResult.class);
    }

    public Balance balance(String currency, String account) {
        return Json.read(
                transport.evaluate(Functions.Stable.NAME, Functions.Stable.BALANCE, currency, account), Balance.class);
    }

    /** Balances of {@code account} (null: every account of the caller), of {@code currency} (null: all). */
    public List<Balance> balances(String currency, String account) {
        return Json.read(
                        transport.evaluate(
                                Functions.Stable.NAME,
                                Functions.Stable.BALANCES,
                                currency == null ? "" : currency,
                                account == null ? "" : account),
                        Balances.class)
                .balances();
    }

    /**
     * The issuer redistributes the escrowed mint headroom of {@code currency} over its shards against the reserve as
     * it is now (after the reserve's USD rates changed, or to even out shards that ran short).
     */
    public RebalanceResult rebalance(String currency) {
        return Json.read(
                transport
                        .submit(Functions.Stable.NAME, Functions.Stable.REBALANCE, currency)
                        .payload(),
                RebalanceResult.class);
    }

    public StableSupply supply(String currency) {
        return Json.read(
                transport.evaluate(Functions.Stable.NAME, Functions.Stable.SUPPLY, currency), StableSupply.class);
    }

    private record Balances(List<Balance> balances) {}
}
