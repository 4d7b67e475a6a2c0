package io.bondbridge.api.stable;

import java.util.List;

/**
 * An inclusion proof of one reserve asset in a reserve digest (see the package documentation for how to verify
 * it).
 *
 * @param assetId the asset proven
 * @param index its position among the reserve's assets (asset id order), from 0
 * @param leafCount number of assets in the reserve
 * @param leaf the asset's canonical JSON: the exact leaf bytes (UTF-8)
 * @param leafHash SHA-256(0x00 || leaf), hex
 * @param path sibling hashes from the leaf level up; a level where the node had no sibling has no step
 * @param root the reserve digest, hex
 */
public record MerkleProof(
        String assetId, int index, int leafCount, String leaf, String leafHash, List<Step> path, String root) {

    /**
     * One sibling on the way up.
     *
     * @param side where the sibling sits: {@code "left"} (hash = SHA-256(0x01 || sibling || current)) or {@code
     *     "right"} (hash = SHA-256(0x01 || current || sibling))
     * @param hash the sibling hash, hex
     */
    public record Step(String side, String hash) {
        public static final String LEFT = "left";
        public static final String RIGHT = "right";
    }
}
