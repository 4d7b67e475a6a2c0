package io.bondbridge.api.stable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One change of a reserve (assets added, updated or removed, or its policy set); stored under {@code
 * stable.reserve.change (reserve, txId)}. It lets {@code audit reserves --as-of TXID} find the time of a reserve
 * transaction, and records the digest and coverage the change left.
 *
 * @param txId the transaction
 * @param at its timestamp
 * @param reserve the stable currency
 * @param kind ADD, UPDATE, REMOVE or POLICY
 * @param assetIds the assets changed (empty for POLICY)
 * @param by MSP ID of the caller
 * @param digest reserve Merkle root after the change
 * @param coverage coverage after the change (null when no units are outstanding)
 */
public record ReserveChange(
        String txId,
        Instant at,
        String reserve,
        Kind kind,
        List<String> assetIds,
        String by,
        String digest,
        BigDecimal coverage) {

    public enum Kind {
        ADD,
        UPDATE,
        REMOVE,
        POLICY
    }
}
