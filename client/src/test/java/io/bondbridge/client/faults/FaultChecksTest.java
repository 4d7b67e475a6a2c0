package io.bondbridge.client.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.junit.jupiter.api.Test;

/** Each check of the fault run catches its property broken: a lost transaction, diverged heights, units made up. */
class FaultChecksTest {
    private static final int MVCC_READ_CONFLICT = 11;

    /** One block: tx-a committed VALID, tx-b committed invalid (MVCC_READ_CONFLICT). */
    private static final Map<String, Integer> PEER =
            FaultChecks.index(List.of(block(new String[] {"tx-a", "tx-b"}, new byte[] {0, MVCC_READ_CONFLICT})));

    @Test
    void indexReadsEachTransactionsIdAndTheCodeThePeerGaveIt() {
        assertThat(PEER).containsExactly(Map.entry("tx-a", 0), Map.entry("tx-b", MVCC_READ_CONFLICT));
    }

    @Test
    void anAcknowledgedTransactionAbsentFromAPeerOrInvalidThereIsLost() {
        assertThat(FaultChecks.missing(List.of("tx-a"), PEER)).isEmpty();
        // tx-c was acknowledged but the peer never committed it; tx-b it committed invalid
        assertThat(FaultChecks.missing(List.of("tx-a", "tx-b", "tx-c"), PEER))
                .containsExactly("tx-b (code 11)", "tx-c (absent)");
    }

    @Test
    void heightsConvergeOnlyWhenEveryPeerHasTheSame() {
        assertThat(FaultChecks.converged(Map.of("banka", 40L, "bankb", 40L))).isTrue();
        assertThat(FaultChecks.converged(Map.of("banka", 40L, "bankb", 39L))).isFalse();
        assertThat(FaultChecks.converged(Map.of())).isFalse();
    }

    @Test
    void onlyMintsThePeerCommittedValidCountAndUnitsFromNowhereAreCaught() {
        // tx-a 1.00 (VALID) counts; tx-b 2.00 (invalid) and tx-c 4.00 (absent) do not: 1.00
        BigDecimal minted = FaultChecks.committedSum(
                Map.of("tx-a", new BigDecimal("1.00"), "tx-b", new BigDecimal("2.00"), "tx-c", new BigDecimal("4.00")),
                PEER);
        assertThat(minted).isEqualByComparingTo("1.00");
        // 10.00 before + 1.00 minted = 11.00
        assertThat(FaultChecks.conservation("CNY", new BigDecimal("10.00"), new BigDecimal("11.00"), minted))
                .isNull();
        // half a unit more than was minted: caught
        assertThat(FaultChecks.conservation("CNY", new BigDecimal("10.00"), new BigDecimal("11.50"), minted))
                .isEqualTo("CNY: accounts hold 11.50, expected 10.00 + 1.00 minted = 11.00");
    }

    @Test
    void bondHoldingsMustAddUpToOutstanding() {
        assertThat(FaultChecks.bondConservation("S", new BigDecimal("1000"), new BigDecimal("1000")))
                .isNull();
        assertThat(FaultChecks.bondConservation("S", new BigDecimal("999"), new BigDecimal("1000")))
                .isEqualTo("S: holdings add up to 999, outstanding 1000");
    }

    private static byte[] block(String[] txIds, byte[] codes) {
        BlockData.Builder data = BlockData.newBuilder();
        for (String txId : txIds) {
            ChannelHeader ch = ChannelHeader.newBuilder().setTxId(txId).build();
            Payload payload = Payload.newBuilder()
                    .setHeader(Header.newBuilder().setChannelHeader(ch.toByteString()))
                    .build();
            data.addData(Envelope.newBuilder()
                    .setPayload(payload.toByteString())
                    .build()
                    .toByteString());
        }
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int i = 0; i < 5; i++) { // SIGNATURES, LAST_CONFIG, TRANSACTIONS_FILTER (2), ORDERER, COMMIT_HASH
            metadata.addMetadata(
                    i == 2 ? com.google.protobuf.ByteString.copyFrom(codes) : com.google.protobuf.ByteString.EMPTY);
        }
        return Block.newBuilder().setData(data).setMetadata(metadata).build().toByteArray();
    }
}
