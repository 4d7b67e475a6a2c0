package io.bondbridge.chaincode.stable;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.stable.MerkleProof;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The reserve digest: a binary Merkle tree over SHA-256, exactly as the package documentation of {@code
 * io.bondbridge.api.stable} specifies.
 *
 * <pre>
 * leaf hash   = SHA-256(0x00 || leaf bytes)          leaf bytes: the asset's canonical JSON, UTF-8
 * node hash   = SHA-256(0x01 || left || right)
 * level up    : pair hashes left to right; an odd last hash is promoted unchanged (never paired with itself)
 * root        : the one hash left; for no leaves, SHA-256 of nothing (e3b0c442...b855)
 * </pre>
 */
public final class Merkle {
    public static final byte LEAF = 0x00;
    public static final byte NODE = 0x01;
    private static final HexFormat HEX = HexFormat.of();

    private Merkle() {}

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = sha256();
        sha.update(LEAF);
        sha.update(leaf);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update(NODE);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** Hex root over the leaves, in order. */
    public static String root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return HEX.formatHex(sha256().digest());
        }
        List<byte[]> level = new ArrayList<>(leaves.size());
        for (byte[] leaf : leaves) {
            level.add(leafHash(leaf));
        }
        while (level.size() > 1) {
            level = up(level);
        }
        return HEX.formatHex(level.get(0));
    }

    /** The inclusion proof of leaf {@code index}: sibling hashes from the leaf up to the root. */
    public static MerkleProof proof(List<byte[]> leaves, int index, String assetId) {
        if (index < 0 || index >= leaves.size()) {
            throw LedgerException.of(ErrorCode.INTERNAL, "leaf %d outside 0..%d", index, leaves.size() - 1);
        }
        List<byte[]> level = new ArrayList<>(leaves.size());
        for (byte[] leaf : leaves) {
            level.add(leafHash(leaf));
        }
        String leafHash = HEX.formatHex(level.get(index));
        List<MerkleProof.Step> path = new ArrayList<>();
        int i = index;
        while (level.size() > 1) {
            int sibling = (i % 2 == 0) ? i + 1 : i - 1;
            if (sibling < level.size()) {
                path.add(new MerkleProof.Step(
                        sibling < i ? MerkleProof.Step.LEFT : MerkleProof.Step.RIGHT,
                        HEX.formatHex(level.get(sibling))));
            }
            level = up(level);
            i = i / 2;
        }
        return new MerkleProof(
                assetId,
                index,
                leaves.size(),
                new String(leaves.get(index), java.nio.charset.StandardCharsets.UTF_8),
                leafHash,
                path,
                HEX.formatHex(level.get(0)));
    }

    private static List<byte[]> up(List<byte[]> level) {
        List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? nodeHash(level.get(i), level.get(i + 1)) : level.get(i));
        }
        return next;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw LedgerException.of(ErrorCode.INTERNAL, "SHA-256 unavailable");
        }
    }
}
