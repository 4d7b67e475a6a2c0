package io.bondbridge.client.audit;

import io.bondbridge.api.stable.MerkleProof;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A standalone verifier of reserve inclusion proofs: the few lines an auditor would write in any language, with
 * nothing but SHA-256 (it deliberately shares no code with the chaincode that built the proof).
 *
 * <pre>
 * h = SHA-256(0x00 || leaf as UTF-8)
 * for each step: h = SHA-256(0x01 || step.hash || h)   when step.side is "left"
 *                h = SHA-256(0x01 || h || step.hash)   when step.side is "right"
 * valid when hex(h) equals root
 * </pre>
 */
public final class MerkleProofs {
    private MerkleProofs() {}

    /** True when {@code proof}'s leaf, climbed along its path, gives its root. */
    public static boolean verify(MerkleProof proof) {
        return proof != null && verify(proof.leaf(), proof.path(), proof.root());
    }

    /**
     * @param leaf the asset's canonical JSON (the bytes the custodian's statement must match)
     * @param path the sibling steps from the leaf up
     * @param root the reserve digest, hex
     */
    public static boolean verify(String leaf, List<MerkleProof.Step> path, String root) {
        if (leaf == null || path == null || root == null) {
            return false;
        }
        try {
            byte[] h = sha256(new byte[] {0x00}, leaf.getBytes(StandardCharsets.UTF_8));
            for (MerkleProof.Step step : path) {
                byte[] sibling = HexFormat.of().parseHex(step.hash());
                if ("left".equals(step.side())) {
                    h = sha256(new byte[] {0x01}, sibling, h);
                } else if ("right".equals(step.side())) {
                    h = sha256(new byte[] {0x01}, h, sibling);
                } else {
                    return false;
                }
            }
            return HexFormat.of().formatHex(h).equalsIgnoreCase(root);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                sha.update(p);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
