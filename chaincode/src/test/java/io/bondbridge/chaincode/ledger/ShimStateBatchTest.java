package io.bondbridge.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.protos.peer.GetStateMultiple;
import org.hyperledger.fabric.protos.peer.GetStateMultipleResult;
import org.hyperledger.fabric.protos.peer.WriteBatchState;
import org.hyperledger.fabric.protos.peer.WriteRecord;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;
import org.hyperledger.fabric.shim.impl.ChaincodeInvocationTask;
import org.hyperledger.fabric.traces.Traces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ShimStateBatch} against the pinned Fabric Java shim itself: a transaction run by the shim's own invocation
 * task, whose messages to the "peer" this test answers as a Fabric 3.1 peer would. A shim upgrade that moves the
 * internals it reaches fails here, not only on the network.
 */
class ShimStateBatchTest {
    private final List<ChaincodeMessage> sent = new ArrayList<>();
    /** Committed state as the "peer" holds it: encoded key to JSON. */
    private final Map<String, String> committed =
            new TreeMap<>(Map.of(key("a").encoded(), "\"1\"", key("c").encoded(), "\"3\""));

    @BeforeAll
    static void tracesOff() {
        Traces.initialize(new Properties());
    }

    /** Runs {@code body} as a transaction on the shim's invocation task; returns the message that ended it. */
    private ChaincodeMessage run(Chaincode body) {
        AtomicReference<ChaincodeInvocationTask> task = new AtomicReference<>();
        ChaincodeMessage tx = ChaincodeMessage.newBuilder()
                .setType(ChaincodeMessage.Type.TRANSACTION)
                .setChannelId("bondbridge")
                .setTxid("tx1")
                .setPayload(ChaincodeInput.newBuilder().build().toByteString())
                .build();
        AtomicReference<ChaincodeMessage> end = new AtomicReference<>();
        task.set(new ChaincodeInvocationTask(
                tx,
                ChaincodeMessage.Type.TRANSACTION,
                m -> {
                    sent.add(m);
                    ChaincodeMessage.Builder answer = ChaincodeMessage.newBuilder()
                            .setType(ChaincodeMessage.Type.RESPONSE)
                            .setTxid(m.getTxid())
                            .setChannelId(m.getChannelId());
                    switch (m.getType()) {
                        case GET_STATE_MULTIPLE -> answer.setPayload(valuesOf(m.getPayload()));
                        case WRITE_BATCH_STATE -> {}
                        default -> {
                            end.set(m);
                            return;
                        }
                    }
                    try {
                        task.get().postMessage(answer.build());
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                },
                body));
        task.get().call();
        return end.get();
    }

    private ByteString valuesOf(ByteString request) {
        try {
            GetStateMultipleResult.Builder r = GetStateMultipleResult.newBuilder();
            for (String k : GetStateMultiple.parseFrom(request).getKeysList()) {
                r.addValues(ByteString.copyFromUtf8(committed.getOrDefault(k, "")));
            }
            return r.build().toByteString();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A chaincode whose invoke runs {@code body} on a ledger batching through the shim. */
    private static Chaincode chaincode(java.util.function.Consumer<Ledger> body) {
        return new Chaincode() {
            @Override
            public Response init(ChaincodeStub stub) {
                return ResponseUtils.newSuccessResponse();
            }

            @Override
            public Response invoke(ChaincodeStub stub) {
                Optional<io.bondbridge.api.StateBatch> batch = ShimStateBatch.connect(stub);
                if (batch.isEmpty()) {
                    return ResponseUtils.newErrorResponse("the shim's stub offers no batches");
                }
                body.accept(new Ledger(stub, batch.get()));
                return ResponseUtils.newSuccessResponse();
            }
        };
    }

    private static Key key(String name) {
        return Key.of("test.row", name);
    }

    @Test
    void aPrefetchIsOneMultiKeyReadAndTheWritesOneBatchSentThroughTheShimsOwnTask() throws Exception {
        Map<String, String> seen = new TreeMap<>();
        ChaincodeMessage end = run(chaincode(ledger -> {
            ledger.prefetch(List.of(key("a"), key("b"), key("c")));
            for (String k : List.of("a", "b", "c")) {
                seen.put(k, ledger.find(key(k), String.class).orElse("absent"));
            }
            ledger.put(key("a"), "10");
            ledger.delete(key("c"));
            ledger.putPrivate("pd_x", key("d"), "secret");
            ledger.finish();
        }));

        assertThat(end.getType()).as(end.toString()).isEqualTo(ChaincodeMessage.Type.COMPLETED);
        assertThat(seen).containsExactly(Map.entry("a", "1"), Map.entry("b", "absent"), Map.entry("c", "3"));
        assertThat(sent)
                .extracting(ChaincodeMessage::getType)
                .containsExactly(
                        ChaincodeMessage.Type.GET_STATE_MULTIPLE,
                        ChaincodeMessage.Type.WRITE_BATCH_STATE,
                        ChaincodeMessage.Type.COMPLETED);
        assertThat(GetStateMultiple.parseFrom(sent.get(0).getPayload()).getKeysList())
                .containsExactly(key("a").encoded(), key("b").encoded(), key("c").encoded());
        assertThat(sent.get(0).getTxid()).isEqualTo("tx1");
        List<WriteRecord> writes =
                WriteBatchState.parseFrom(sent.get(1).getPayload()).getRecList();
        assertThat(writes)
                .extracting(WriteRecord::getType)
                .containsExactly(WriteRecord.Type.PUT_STATE, WriteRecord.Type.DEL_STATE, WriteRecord.Type.PUT_STATE);
        assertThat(writes)
                .extracting(WriteRecord::getKey)
                .containsExactly(key("a").encoded(), key("c").encoded(), key("d").encoded());
        assertThat(writes).extracting(WriteRecord::getCollection).containsExactly("", "", "pd_x");
        assertThat(writes.get(0).getValue().toString(StandardCharsets.UTF_8)).isEqualTo("\"10\"");
    }
}
