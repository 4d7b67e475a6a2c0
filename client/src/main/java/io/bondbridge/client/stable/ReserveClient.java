package io.bondbridge.client.stable;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChangeResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.ReservePolicyResult;
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
    private final Transport transport;

    public ReserveClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    public ReserveChangeResult add(AssetSpec asset) {
        return change(transport
                .submit(Functions.Reserve.NAME, Functions.Reserve.ADD_ASSET, Json.write(asset))
                .payload());
    }

    /** Records up to {@link AssetSpec#MAX_BATCH} assets of one reserve in one transaction. */
    public ReserveChangeResult addAll(List<AssetSpec> assets) {
        return change(transport
                .submit(Functions.Reserve.NAME, Functions.Reserve.ADD_ASSETS, Json.write(assets))
                .payload());
    }

    public ReserveChangeResult update(String assetId, AssetSpec.Update update) {
        return change(transport
                .submit(
                        Functions.Reserve.NAME,
                        Functions.Reserve.UPDATE_ASSET,
                        assetId,
                        update == null ? "" : Json.write(update))
                .payload());
    }

    public ReserveChangeResult remove(String assetId) {
        return change(transport
                .submit(Functions.Reserve.NAME, Functions.Reserve.REMOVE_ASSET, assetId)
                .payload());
    }

    public ReserveAsset asset(String assetId) {
        return Json.read(
                transport.evaluate(Functions.Reserve.NAME, Functions.Reserve.GET_ASSET, assetId), ReserveAsset.class);
    }

    public List<ReserveAsset> assets(String currency) {
        return Json.read(
                        transport.evaluate(Functions.Reserve.NAME, Functions.Reserve.LIST_ASSETS, currency),
                        Assets.class)
                .assets();
    }

    public ReservePolicyResult setPolicy(String currency, ReservePolicy.PolicyChange change) {
        return Json.read(
                transport
                        .submit(
                                Functions.Reserve.NAME,
                                Functions.Reserve.SET_POLICY,
                                currency,
                                change == null ? "" : Json.write(change))
                        .payload(),
                ReservePolicyResult.class);
    }

    public ReservePolicy policy(String currency) {
        return Json.read(
                transport.evaluate(Functions.Reserve.NAME, Functions.Reserve.GET_POLICY, currency),
                ReservePolicy.class);
    }

    private static ReserveChangeResult change(String payload) {
        return Json.read(payload, ReserveChangeResult.class);
    }

    private record Assets(List<ReserveAsset> assets) {}
}
