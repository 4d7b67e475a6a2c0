package io.bondbridge.chaincode.ledger;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.bondbridge.api.StateBatch;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.protos.peer.GetStateMultiple;
import org.hyperledger.fabric.protos.peer.GetStateMultipleResult;
import org.hyperledger.fabric.protos.peer.WriteBatchState;
import org.hyperledger.fabric.protos.peer.WriteRecord;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * {@link StateBatch} over the Fabric Java shim's own connection to the peer. The Go shim sends Fabric 3.1's batch
 * messages; the Java shim (2.5.x, the newest) does not, yet sends any message its invocation task is handed and
 * returns the peer's answer. So this reaches that task (the stub's {@code handler} field, its {@code invoke} method)
 * once by reflection and builds the messages from the published protobuf types.
 *
 * <p>Off unless {@value #SWITCH}=true in the chaincode server's environment: a peer older than Fabric 3.1 answers a
 * batch message by closing the chaincode's stream, and the Java shim ignores the capabilities a peer announces. When
 * on and the shim's internals are not as expected, every request goes one key at a time, with one warning.
 */
final class ShimStateBatch implements StateBatch {
    static final String SWITCH = "BONDBRIDGE_STATE_BATCH";
    /** The peer's default {@code chaincode.runtimeParams.maxSizeWriteBatch} and {@code maxSizeGetMultipleKeys}. */
    static final int MAX_KEYS = 1000;

    private static final Logger LOG = Logger.getLogger(ShimStateBatch.class.getName());
    private static final boolean ON = "true".equalsIgnoreCase(System.getenv(SWITCH));
    private static final Access ACCESS = Access.find();

    private final ChaincodeStub stub;
    private final Object task;

    private ShimStateBatch(ChaincodeStub stub, Object task) {
        this.stub = stub;
        this.task = task;
    }

    /** The batching connection of {@code stub} when switched on and available. */
    static Optional<StateBatch> of(ChaincodeStub stub) {
        return ON ? connect(stub) : Optional.empty();
    }

    /** The batching connection of {@code stub}, a stub of the Fabric shim's, whatever the switch says. */
    static Optional<StateBatch> connect(ChaincodeStub stub) {
        if (ACCESS == null || !ACCESS.stubType().isInstance(stub)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ShimStateBatch(stub, ACCESS.handler().get(stub)));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<byte[]> getStates(List<String> keys) {
        List<byte[]> values = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += MAX_KEYS) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + MAX_KEYS));
            ByteString answer = send(
                    ChaincodeMessage.Type.GET_STATE_MULTIPLE,
                    GetStateMultiple.newBuilder().addAllKeys(part).build().toByteString());
            try {
                for (ByteString v : GetStateMultipleResult.parseFrom(answer).getValuesList()) {
                    values.add(v.toByteArray());
                }
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("unreadable answer to a read of " + part.size() + " keys", e);
            }
        }
        if (values.size() != keys.size()) {
            throw new IllegalStateException("asked for " + keys.size() + " keys, got " + values.size() + " values");
        }
        return values;
    }

    @Override
    public void write(List<Write> writes) {
        for (int from = 0; from < writes.size(); from += MAX_KEYS) {
            WriteBatchState.Builder batch = WriteBatchState.newBuilder();
            for (Write w : writes.subList(from, Math.min(writes.size(), from + MAX_KEYS))) {
                WriteRecord.Builder r = WriteRecord.newBuilder().setKey(w.key());
                if (w.collection() != null) {
                    r.setCollection(w.collection());
                }
                if (w.value() == null) {
                    r.setType(WriteRecord.Type.DEL_STATE);
                } else {
                    r.setType(WriteRecord.Type.PUT_STATE).setValue(ByteString.copyFrom(w.value()));
                }
                batch.addRec(r);
            }
            send(ChaincodeMessage.Type.WRITE_BATCH_STATE, batch.build().toByteString());
        }
    }

    private ByteString send(ChaincodeMessage.Type type, ByteString payload) {
        ChaincodeMessage message = ChaincodeMessage.newBuilder()
                .setType(type)
                .setChannelId(stub.getChannelId())
                .setTxid(stub.getTxId())
                .setPayload(payload)
                .build();
        try {
            return (ByteString) ACCESS.invoke().invoke(task, message);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(type + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(type + " not sent", e);
        }
    }

    /** The shim's stub class, its invocation-task field and the task's send-and-wait method. */
    private record Access(Class<?> stubType, Field handler, Method invoke) {
        static Access find() {
            try {
                Class<?> stubType = Class.forName("org.hyperledger.fabric.shim.impl.InvocationStubImpl");
                Field handler = stubType.getDeclaredField("handler");
                handler.setAccessible(true);
                Method invoke = Class.forName("org.hyperledger.fabric.shim.impl.ChaincodeInvocationTask")
                        .getDeclaredMethod("invoke", ChaincodeMessage.class);
                invoke.setAccessible(true);
                return new Access(stubType, handler, invoke);
            } catch (ReflectiveOperationException | RuntimeException e) {
                if (ON) {
                    LOG.warning(SWITCH + "=true but this shim cannot send batches (" + e + "): one key per request");
                }
                return null;
            }
        }
    }
}
