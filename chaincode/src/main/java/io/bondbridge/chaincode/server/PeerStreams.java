package io.bondbridge.chaincode.server;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;
import org.hyperledger.fabric.protos.peer.ChaincodeGrpc;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.shim.ChaincodeBase;

/**
 * The chaincode service every peer connects to, one stream per peer, all served by one chaincode instance, without
 * one peer's (re)connection stalling another's transactions.
 *
 * <p>Why not the shim's own service: the Java shim (2.5) keeps its handshake state (created, established, ready) in
 * the chaincode object, not per stream. A peer that connects sets it back to "created" for every stream until its own
 * handshake is through, and whatever the other streams receive meanwhile (the answer to a read a running
 * transaction waits for, a new transaction) is dropped as "cannot handle": those transactions hang until the peer's
 * execute timeout, 30 s. Each peer connects on its first use, so after a chaincode server restart the network
 * stalled for about a minute while the peers came back one by one (and a restarted peer could stall the others).
 *
 * <p>Here a stream's registration and the state's return to ready happen under a write lock that the delivery of
 * every stream's messages takes for reading, and the peer's handshake answers (REGISTERED, READY) are not passed on:
 * a peer sends nothing else on a stream before them, so no message ever meets a state other than ready.
 */
final class PeerStreams extends ChaincodeGrpc.ChaincodeImplBase {
    private static final Logger LOG = Logger.getLogger(PeerStreams.class.getName());

    private final ChaincodeBase chaincode;
    private final Method connect;
    private final ReadWriteLock handshake = new ReentrantReadWriteLock();

    private PeerStreams(ChaincodeBase chaincode, Method connect) {
        this.chaincode = chaincode;
        this.connect = connect;
    }

    /**
     * The service for {@code chaincode}; empty when this shim has no per-stream connect method to call (its protected
     * {@code connectToPeer(StreamObserver)}, reached by reflection as the shim's own service reaches it from its
     * package).
     */
    static Optional<PeerStreams> of(ChaincodeBase chaincode) {
        try {
            Method connect = ChaincodeBase.class.getDeclaredMethod("connectToPeer", StreamObserver.class);
            if (!StreamObserver.class.isAssignableFrom(connect.getReturnType())) {
                return Optional.empty();
            }
            connect.setAccessible(true);
            return Optional.of(new PeerStreams(chaincode, connect));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("this shim has no per-stream connect (" + e + ")");
            return Optional.empty();
        }
    }

    @Override
    public StreamObserver<ChaincodeMessage> connect(StreamObserver<ChaincodeMessage> toPeer) {
        StreamObserver<ChaincodeMessage> fromPeer;
        handshake.writeLock().lock();
        try {
            fromPeer = register(toPeer);
            chaincode.setState(ChaincodeBase.CCState.READY);
        } catch (RuntimeException e) {
            LOG.severe("a peer's stream could not be registered: " + e);
            toPeer.onError(Status.INTERNAL
                    .withDescription("chaincode registration failed")
                    .asRuntimeException());
            return new Ignored();
        } finally {
            handshake.writeLock().unlock();
        }
        return new Gated(fromPeer);
    }

    /** Sends this stream's REGISTER (the shim sets its shared state back to "created" here) and returns its reader. */
    @SuppressWarnings("unchecked")
    private StreamObserver<ChaincodeMessage> register(StreamObserver<ChaincodeMessage> toPeer) {
        try {
            return (StreamObserver<ChaincodeMessage>) connect.invoke(chaincode, toPeer);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stream's messages, passed to the shim only while no other stream is registering. */
    private final class Gated implements StreamObserver<ChaincodeMessage> {
        private final StreamObserver<ChaincodeMessage> fromPeer;

        Gated(StreamObserver<ChaincodeMessage> fromPeer) {
            this.fromPeer = fromPeer;
        }

        @Override
        public void onNext(ChaincodeMessage message) {
            ChaincodeMessage.Type type = message.getType();
            if (type == ChaincodeMessage.Type.REGISTERED || type == ChaincodeMessage.Type.READY) {
                return;
            }
            handshake.readLock().lock();
            try {
                fromPeer.onNext(message);
            } finally {
                handshake.readLock().unlock();
            }
        }

        @Override
        public void onError(Throwable t) {
            fromPeer.onError(t);
        }

        @Override
        public void onCompleted() {
            fromPeer.onCompleted();
        }
    }

    /** The reader of a stream that failed to register: the stream is closed already. */
    private static final class Ignored implements StreamObserver<ChaincodeMessage> {
        @Override
        public void onNext(ChaincodeMessage message) {}

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onCompleted() {}
    }
}
