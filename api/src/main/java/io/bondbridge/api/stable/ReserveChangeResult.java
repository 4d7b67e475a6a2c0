package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.util.List;

/** What a reserve change did and the reserve it left. */
public record ReserveChangeResult(
        String txId,
        String reserve,
        ReserveChange.Kind kind,
        List<String> assetIds,
        String digest,
        Amount reserveValue,
        Amount reserveValueAfterHaircuts,
        Amount unitsOutstanding,
        BigDecimal coverage,
        List<ReserveAsset> assets) {}
