package io.bondbridge.chaincode.contract;

import com.google.gson.JsonElement;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Limits;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReservePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Reserve assets (custodians) and reserve policy (issuers). */
@Contract(name = Functions.Reserve.NAME, info = @Info(title = "bondbridge reserves", version = "0.1.0"))
public final class ReserveContract implements FeatureContract {

    /** A custodian records one asset: JSON {@link AssetSpec}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String addAsset(TxContext ctx, String assetJson) {
        return ctx.reply(() -> {
            AssetSpec spec = Args.json(Args.required(assetJson, "asset"), AssetSpec.class, "asset");
            return ctx.reserves().add(ctx.caller(), List.of(spec));
        });
    }

    /** A custodian records several assets of one reserve at once: a JSON array of {@link AssetSpec}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String addAssets(TxContext ctx, String assetsJson) {
        return ctx.reply(() -> {
            JsonElement tree = Json.parse(Args.required(assetsJson, "assets"));
            if (!tree.isJsonArray()) {
                throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "assets must be a JSON array");
            }
            Limits.count(tree.getAsJsonArray().size(), Limits.MAX_ASSETS_PER_CALL, "assets in one call");
            List<AssetSpec> specs = new ArrayList<>();
            for (JsonElement e : tree.getAsJsonArray()) {
                specs.add(Args.json(e.toString(), AssetSpec.class, "asset"));
            }
            return ctx.reserves().add(ctx.caller(), specs);
        });
    }

    /** The recording custodian updates an asset: JSON {@link AssetSpec.Update} (absent fields unchanged). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String updateAsset(TxContext ctx, String assetId, String updateJson) {
        return ctx.reply(() -> {
            String json = Args.optional(updateJson);
            AssetSpec.Update update = json == null ? null : Args.json(json, AssetSpec.Update.class, "asset update");
            return ctx.reserves().update(ctx.caller(), Args.required(assetId, "asset"), update);
        });
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String removeAsset(TxContext ctx, String assetId) {
        return ctx.reply(() -> ctx.reserves().remove(ctx.caller(), Args.required(assetId, "asset")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getAsset(TxContext ctx, String assetId) {
        return ctx.reply(() -> ctx.reserves().asset(Args.required(assetId, "asset")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listAssets(TxContext ctx, String currency) {
        return ctx.reply(() -> Map.of("assets", ctx.reserves().assets(Args.required(currency, "currency"))));
    }

    /** The issuer sets its currency's policy: JSON {@link ReservePolicy.PolicyChange} (ratios, absent = keep). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setPolicy(TxContext ctx, String currency, String changeJson) {
        return ctx.reply(() -> {
            String json = Args.optional(changeJson);
            ReservePolicy.PolicyChange change =
                    json == null ? null : Args.json(json, ReservePolicy.PolicyChange.class, "policy change");
            return ctx.reserves().setPolicy(ctx.caller(), Args.required(currency, "currency"), change);
        });
    }

    /** The stored policy, or the defaults when the issuer has set none. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getPolicy(TxContext ctx, String currency) {
        return ctx.reply(() -> ctx.reserves().policy(Args.required(currency, "currency")));
    }
}
