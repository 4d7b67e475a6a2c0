package io.bondbridge.client.stable;

import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.stable.AssetSpec;
import io.bondbridge.chaincode.stable.ReserveAsset;
import io.bondbridge.chaincode.stable.ReservePolicy;
import io.bondbridge.chaincode.stable.Reserves;
import io.bondbridge.client.transport.Transport;
import java.util.List;
import java.util.Objects;

/**
 * Reserve assets (custodians record, update and remove their own) and reserve policy (the issuer). Policy ratios
 * are ratios, not percentages ({@code 0.02} = 2%).
 *
 * <pre>{@code
 * custodian.reserves().add(new AssetSpec("CGB-2026-05", null, AssetClass.TBILL, "CNY",
 *         new BigDecimal("50000000000"), new BigDecimal("0.9968"), LocalDate.parse("2026-05-28"),
 *         null, "MOF-CN", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
 * }</pre>
 */
public final class ReserveClient {
    static final String CONTRACT = "reserve";
    private final Transport transport;

    public ReserveClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    public Reserves.ChangeResult add(AssetSpec asset) {
        return change(transport.submit(CONTRACT, "addAsset", Json.write(asset)).payload());
    }

    /** Records up to {@link Reserves#MAX_BATCH} assets of one reserve in one transaction. */
    public Reserves.ChangeResult addAll(List<AssetSpec> assets) {
        return change(
                transport.submit(CONTRACT, "addAssets", Json.write(assets)).payload());
    }

    public Reserves.ChangeResult update(String assetId, AssetSpec.Update update) {
        return change(transport
                .submit(CONTRACT, "updateAsset", assetId, update == null ? "" : Json.write(update))
                .payload());
    }

    public Reserves.ChangeResult remove(String assetId) {
        return change(transport.submit(CONTRACT, "removeAsset", assetId).payload());
    }

    public ReserveAsset asset(String assetId) {
        return Json.read(transport.evaluate(CONTRACT, "getAsset", assetId), ReserveAsset.class);
    }

    public List<ReserveAsset> assets(String currency) {
        return Json.read(transport.evaluate(CONTRACT, "listAssets", currency), Assets.class)
                .assets();
    }

    public Reserves.PolicyResult setPolicy(String currency, ReservePolicy.PolicyChange change) {
        return Json.read(
                transport
                        .submit(CONTRACT, "setPolicy", currency, change == null ? "" : Json.write(change))
                        .payload(),
                Reserves.PolicyResult.class);
    }

    public ReservePolicy policy(String currency) {
        return Json.read(transport.evaluate(CONTRACT, "getPolicy", currency), ReservePolicy.class);
    }

    private static Reserves.ChangeResult change(String payload) {
        return Json.read(payload, Reserves.ChangeResult.class);
    }

    private record Assets(List<ReserveAsset> assets) {}
}
