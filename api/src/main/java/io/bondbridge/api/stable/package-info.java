/**
 * The records of stable units and their reserves: balances and supply, reserve assets as custodians submit
 * ({@link io.bondbridge.api.stable.AssetSpec}) and record ({@link io.bondbridge.api.stable.ReserveAsset}) them, the
 * issuer's {@link io.bondbridge.api.stable.ReservePolicy}, what {@code audit reserves} answers
 * ({@link io.bondbridge.api.stable.Composition}, {@link io.bondbridge.api.stable.MerkleProof}), the results of
 * mint, transfer, redeem and reserve changes, and the decimal conventions of all of it
 * ({@link io.bondbridge.api.stable.Decimals}).
 *
 * <h2>The reserve digest and how to verify an inclusion proof</h2>
 *
 * The digest of a reserve ({@code digest} in {@code audit reserves}) is the root of a binary Merkle tree over
 * SHA-256 whose leaves are the reserve's assets in asset id order (the order of their state keys; ids are ASCII so
 * this is plain byte order):
 *
 * <pre>
 * leaf bytes  = the asset record's canonical JSON, UTF-8: the exact bytes stored on the ledger
 *               (keys sorted, no whitespace, no nulls, decimals and dates as strings)
 * leaf hash   = SHA-256( 0x00 || leaf bytes )
 * node hash   = SHA-256( 0x01 || left child hash || right child hash )
 * next level  = hash pairs (0,1), (2,3), ... of the level below; when a level has an odd number of hashes the
 *               last one is promoted to the next level unchanged (it is never paired with itself)
 * root        = the single hash left, as 64 lower-case hex digits;
 *               a reserve without assets has root SHA-256("") = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
 * </pre>
 *
 * The 0x00/0x01 prefixes keep a leaf from ever being taken for an inner node.
 *
 * <p>{@code audit reserves CURRENCY --proof ASSET} returns {@code proof}: {@code leaf} (the asset's canonical JSON,
 * which the auditor compares with the custodian's statement), {@code path} (sibling hashes from the leaf level up,
 * each with the {@code side} the sibling is on) and {@code root}. To verify, in any language:
 *
 * <pre>
 * h = sha256(b"\x00" + leaf.encode("utf-8"))
 * for step in path:
 *     s = bytes.fromhex(step["hash"])
 *     h = sha256(b"\x01" + s + h) if step["side"] == "left" else sha256(b"\x01" + h + s)
 * assert h.hex() == root            # and root == the digest the ledger reported (or a mint recorded)
 * </pre>
 *
 * The client library ships the same check as {@code io.bondbridge.client.audit.MerkleProofs.verify}. Every mint
 * records the digest it was checked against, so an auditor can tie a mint to the exact reserve that backed it.
 */
package io.bondbridge.api.stable;
