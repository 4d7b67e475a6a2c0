package io.bondbridge.chaincode.stable;

import java.time.Instant;

/**
 * Write-once index rows of a reserve asset id: {@code stable.asset.ref (id)} finds the reserve of an asset by id
 * alone, and {@code stable.asset.ever (reserve, id)} lists every id a reserve ever held, which the as-of views read
 * key histories from (a removed asset's row is gone from state but not from its history).
 *
 * @param assetId the asset id
 * @param reserve the stable currency whose reserve it belongs to
 * @param firstTxId the transaction that first recorded it
 * @param firstAt that transaction's timestamp
 */
public record AssetRef(String assetId, String reserve, String firstTxId, Instant firstAt) {}
