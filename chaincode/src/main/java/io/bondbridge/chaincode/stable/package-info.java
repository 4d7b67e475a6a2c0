/**
 * Reserve-backed stable units: balances, mint, transfer, redeem; reserve assets recorded by
 * custodians; the issuer's reserve policy; valuation, composition and the reserve digest with inclusion proofs.
 *
 * <h2>State</h2>
 *
 * See {@link io.bondbridge.chaincode.stable.StableKeys} for the key layout. A transfer reads and writes only the two
 * balance rows it moves between (and reads the two account records and the caller's participant), so transfers
 * between different accounts never conflict. Units outstanding are never stored in one counter: every mint and
 * redemption writes its own supply row (currency, txId) (the history audits sum as of a past point), and the mint
 * headroom the reserve leaves is escrowed in {@link io.bondbridge.api.stable.HeadroomShards#COUNT} allowance shards
 * per currency plus a base row ({@link io.bondbridge.chaincode.stable.MintHeadroom}): a mint reads and writes only
 * the shard of its transaction id while that covers it, so mints on different shards never conflict (a retry draws
 * on another shard) and a mint's cost does not grow with history; units outstanding now = base + the shards, K+1 point reads.
 *
 * <h2>Policy</h2>
 *
 * {@link io.bondbridge.api.stable.ReservePolicy} holds the limits and their documented defaults (haircuts
 * CASH 0%, FX_DEPOSIT 1%, TBILL 0.5%, GOV_BOND 2%, GOLD 10%, METAL_CERTIFICATE 15%; coverage 100%; 90% within one
 * year; bills at most 93 days). A mint must leave every limit holding (checked exactly when it draws on more
 * headroom than its shard holds; within a shard's headroom coverage holds by the invariant of {@link
 * io.bondbridge.chaincode.stable.MintHeadroom}, and the asset-side limits by the last rebalance); a reserve change must not break a limit that
 * held nor worsen one that did not ({@link io.bondbridge.chaincode.stable.ReserveMetrics}). Valuation rules and
 * rounding: {@link io.bondbridge.chaincode.stable.Valuation} and {@link io.bondbridge.api.stable.Decimals}.
 *
 * <h2>The reserve digest</h2>
 *
 * {@link io.bondbridge.chaincode.stable.Merkle} computes the digest and the inclusion proofs exactly as the package
 * documentation of {@code io.bondbridge.api.stable} specifies them, where a client reads how to verify a proof.
 * Every mint records the digest it was checked against ({@link io.bondbridge.chaincode.stable.SupplyChange}), so an
 * auditor can tie a mint to the exact reserve that backed it; {@code audit reserves --as-of TXID} rebuilds that
 * reserve from key histories.
 */
package io.bondbridge.chaincode.stable;
