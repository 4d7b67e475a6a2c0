package io.bondbridge.client.faults;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;

/**
 * The properties the fault run ({@code network/FaultsNetworkIT}) checks after each fault, as plain functions of what
 * it read from the peers, so {@link FaultChecksTest} shows each one failing when its property is broken (it lives
 * outside {@code network/}, which only the network suite runs).
 */
public final class FaultChecks {
    /** {@code TxValidationCode.VALID}: the transaction's writes were applied. */
    public static final int VALID = 0;

    private FaultChecks() {}

    /**
     * Transaction id to validation code of every transaction in {@code blocks} (serialized as
     * {@code GatewayTransport.blocks} returns them). The code comes from the block's transactions filter, which
     * the committing peer writes: what this peer did with the transaction.
     */
    public static Map<String, Integer> index(List<byte[]> blocks) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (byte[] bytes : blocks) {
            try {
                Block block = Block.parseFrom(bytes);
                ByteString filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE);
                List<ByteString> data = block.getData().getDataList();
                for (int i = 0; i < data.size(); i++) {
                    Envelope envelope = Envelope.parseFrom(data.get(i));
                    Payload payload = Payload.parseFrom(envelope.getPayload());
                    String txId = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader())
                            .getTxId();
                    // A block without a filter (the genesis block) holds only configuration: valid.
                    int code = i < filter.size() ? filter.byteAt(i) & 0xff : VALID;
                    if (!txId.isEmpty()) {
                        codes.put(txId, code);
                    }
                }
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("unreadable block: " + e.getMessage(), e);
            }
        }
        return codes;
    }

    /** The acknowledged transactions a peer does not hold as VALID (absent, or committed invalid): lost. */
    public static List<String> missing(Collection<String> acknowledged, Map<String, Integer> index) {
        List<String> lost = new ArrayList<>();
        for (String txId : acknowledged) {
            Integer code = index.get(txId);
            if (code == null || code != VALID) {
                lost.add(txId + (code == null ? " (absent)" : " (code " + code + ")"));
            }
        }
        return lost;
    }

    /** True when every peer reports the same height. */
    public static boolean converged(Map<String, Long> heights) {
        return !heights.isEmpty() && heights.values().stream().distinct().count() == 1;
    }

    /** Sum of the amounts of those transactions {@code index} holds as VALID. */
    public static BigDecimal committedSum(Map<String, BigDecimal> amountByTx, Map<String, Integer> index) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : amountByTx.entrySet()) {
            Integer code = index.get(e.getKey());
            if (code != null && code == VALID) {
                sum = sum.add(e.getValue());
            }
        }
        return sum;
    }

    /**
     * Units are conserved when what the accounts hold now is what they held before plus what was minted into them
     * since (transfers and PvP legs only move units between them); null when so, else what is wrong.
     */
    public static String conservation(String what, BigDecimal before, BigDecimal now, BigDecimal minted) {
        BigDecimal expected = before.add(minted);
        return now.compareTo(expected) == 0
                ? null
                : what + ": accounts hold " + now.toPlainString() + ", expected " + before.toPlainString() + " + "
                        + minted.toPlainString() + " minted = " + expected.toPlainString();
    }

    /** Bond conservation: the holdings' units plus locked units add up to the series' outstanding; null when so. */
    public static String bondConservation(String series, BigDecimal holdingsTotal, BigDecimal outstanding) {
        return holdingsTotal.compareTo(outstanding) == 0
                ? null
                : series + ": holdings add up to " + holdingsTotal.toPlainString() + ", outstanding "
                        + outstanding.toPlainString();
    }
}
