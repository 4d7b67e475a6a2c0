package io.bondbridge.chaincode.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.stable.MerkleProof;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTest {
    private static final HexFormat HEX = HexFormat.of();

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(("{\"id\":\"A-" + i + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }

    @Test
    void theRootFollowsTheDocumentedRule() {
        List<byte[]> l = leaves(3);
        byte[] h0 = Merkle.leafHash(l.get(0));
        byte[] h1 = Merkle.leafHash(l.get(1));
        byte[] h2 = Merkle.leafHash(l.get(2));
        // the odd third hash is promoted, not paired with itself
        assertThat(Merkle.root(l)).isEqualTo(HEX.formatHex(Merkle.nodeHash(Merkle.nodeHash(h0, h1), h2)));
        assertThat(Merkle.root(leaves(1)))
                .isEqualTo(HEX.formatHex(Merkle.leafHash(leaves(1).get(0))));
        assertThat(Merkle.root(List.of()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // a leaf hash is not the node hash of the same bytes (domain separation)
        assertThat(Merkle.leafHash(new byte[64])).isNotEqualTo(Merkle.nodeHash(new byte[32], new byte[32]));
        // known vector: SHA-256(0x00 || "a")
        assertThat(HEX.formatHex(Merkle.leafHash("a".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("022a6979e6dab7aa5ae4c3e5e45f7e977112a7e63593820dbec1ec738a24f93c");
    }

    @Test
    void everyProofOfEveryTreeSizeClimbsToTheRoot() {
        for (int n = 1; n <= 17; n++) {
            List<byte[]> l = leaves(n);
            String root = Merkle.root(l);
            for (int i = 0; i < n; i++) {
                MerkleProof p = Merkle.proof(l, i, "A-" + i);
                assertThat(p.root()).isEqualTo(root);
                assertThat(p.leafCount()).isEqualTo(n);
                byte[] h = Merkle.leafHash(p.leaf().getBytes(StandardCharsets.UTF_8));
                assertThat(HEX.formatHex(h)).isEqualTo(p.leafHash());
                for (MerkleProof.Step s : p.path()) {
                    byte[] sib = HEX.parseHex(s.hash());
                    h = s.side().equals(MerkleProof.Step.LEFT) ? Merkle.nodeHash(sib, h) : Merkle.nodeHash(h, sib);
                }
                assertThat(HEX.formatHex(h)).as("n=%d i=%d", n, i).isEqualTo(root);
            }
        }
    }
}
