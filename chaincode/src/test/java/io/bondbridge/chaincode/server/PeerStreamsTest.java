package io.bondbridge.chaincode.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.metrics.Metrics;
import org.hyperledger.fabric.protos.peer.ChaincodeGrpc;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage.Type;
import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.NettyChaincodeServer;
import org.hyperledger.fabric.shim.ResponseUtils;
import org.hyperledger.fabric.traces.Traces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Peers played over loopback gRPC against the chaincode server: one peer's transaction waits for the answer to its
 * read while a second peer connects. The shim's own server drops that answer (the negative control, so the scenario
 * is known to reach the fault); {@link PeerStreams} delivers it.
 */
class PeerStreamsTest {
    private static final long WAIT_MS = 5_000;
    private static final long SILENCE_MS = 1_500;

    private final List<ManagedChannel> channels = new ArrayList<>();
    private ChaincodeServer server;

    @AfterEach
    void close() {
        channels.forEach(ManagedChannel::shutdownNow);
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aPeerConnectingDoesNotStallAnotherPeersTransaction() throws Exception {
        ReadsOneKey chaincode = new ReadsOneKey();
        PeerStreamsServer s = new PeerStreamsServer(PeerStreams.of(chaincode).orElseThrow(), properties());
        server = s;
        int port = s.listen();

        Peer first = connect(port);
        Peer second = answerWhileAnotherRegisters(first, port);
        ChaincodeMessage done = first.next();
        assertThat(done.getType()).isEqualTo(Type.COMPLETED);
        assertThat(done.getTxid()).isEqualTo("tx1");

        second.ready();
        second.runs("tx2", "v2");
        first.runs("tx3", "v3");
        assertThat(chaincode.values).containsExactly("v1", "v2", "v3");
    }

    @Test
    void theShimsOwnServerLosesTheAnswerWhileAnotherPeerRegisters() throws Exception {
        ReadsOneKey chaincode = new ReadsOneKey();
        ChaincodeServerProperties properties = properties();
        properties.setServerAddress(new InetSocketAddress("127.0.0.1", freePort()));
        server = new NettyChaincodeServer(chaincode, properties);
        Thread serving = new Thread(() -> {
            try {
                server.start();
            } catch (Exception e) {
                // stopped
            }
        });
        serving.setDaemon(true);
        serving.start();
        int port = ((InetSocketAddress) properties.getServerAddress()).getPort();

        Peer first = connectWhenListening(port);
        answerWhileAnotherRegisters(first, port);
        assertThat(first.received.poll(SILENCE_MS, TimeUnit.MILLISECONDS)).isNull();
        assertThat(chaincode.values).isEmpty();
    }

    /**
     * {@code first} runs transaction tx1 up to its read of {@code k}; a second peer connects and the chaincode sends
     * it REGISTER; then {@code first} answers the read with {@code v1}. Returns the second peer, not yet ready.
     */
    private Peer answerWhileAnotherRegisters(Peer first, int port) throws InterruptedException {
        first.handshake();
        first.transaction("tx1");
        assertThat(first.next().getType()).isEqualTo(Type.GET_STATE);
        Peer second = connect(port);
        second.awaitRegister();
        first.answer("tx1", "v1");
        return second;
    }

    private static ChaincodeServerProperties properties() {
        ChaincodeServerProperties p = new ChaincodeServerProperties();
        p.setServerAddress(new InetSocketAddress("127.0.0.1", 0));
        return p;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private Peer connect(int port) {
        ManagedChannel channel =
                NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        channels.add(channel);
        Peer peer = new Peer();
        peer.toChaincode = ChaincodeGrpc.newStub(channel).connect(peer);
        return peer;
    }

    private Peer connectWhenListening(int port) throws Exception {
        for (int attempt = 0; ; attempt++) {
            Peer peer = connect(port);
            ChaincodeMessage first = peer.received.poll(500, TimeUnit.MILLISECONDS);
            if (first != null) {
                peer.received.addFirst(first);
                return peer;
            }
            if (attempt == 10) {
                throw new AssertionError("the shim's server did not start on port " + port);
            }
        }
    }

    /** A chaincode whose every transaction reads key {@code k} and keeps the value. */
    private static final class ReadsOneKey extends ChaincodeBase {
        final List<String> values = Collections.synchronizedList(new ArrayList<>());

        ReadsOneKey() {
            processCommandLineOptions(new String[] {"-i", "reads-one-key:1"});
            // As the shim's ContractRouter does before serving.
            Metrics.initialize(getChaincodeConfig());
            Traces.initialize(getChaincodeConfig());
        }

        @Override
        public Response init(ChaincodeStub stub) {
            return ResponseUtils.newSuccessResponse();
        }

        @Override
        public Response invoke(ChaincodeStub stub) {
            values.add(stub.getStringState("k"));
            return ResponseUtils.newSuccessResponse();
        }
    }

    /** What a peer does on its chaincode stream: the handshake, a transaction, the answer to a read. */
    private static final class Peer implements StreamObserver<ChaincodeMessage> {
        final LinkedBlockingDeque<ChaincodeMessage> received = new LinkedBlockingDeque<>();
        StreamObserver<ChaincodeMessage> toChaincode;

        void handshake() throws InterruptedException {
            awaitRegister();
            ready();
        }

        void awaitRegister() throws InterruptedException {
            assertThat(next().getType()).isEqualTo(Type.REGISTER);
        }

        void ready() {
            send(ChaincodeMessage.newBuilder().setType(Type.REGISTERED));
            send(ChaincodeMessage.newBuilder().setType(Type.READY));
        }

        void transaction(String txId) {
            ChaincodeInput input = ChaincodeInput.newBuilder()
                    .addArgs(ByteString.copyFromUtf8("read"))
                    .build();
            send(ChaincodeMessage.newBuilder()
                    .setType(Type.TRANSACTION)
                    .setTxid(txId)
                    .setChannelId("ch")
                    .setPayload(input.toByteString()));
        }

        /** Runs transaction {@code txId}, answering its read with {@code value}, to completion. */
        void runs(String txId, String value) throws InterruptedException {
            transaction(txId);
            assertThat(next().getType()).isEqualTo(Type.GET_STATE);
            answer(txId, value);
            assertThat(next().getType()).isEqualTo(Type.COMPLETED);
        }

        void answer(String txId, String value) {
            send(ChaincodeMessage.newBuilder()
                    .setType(Type.RESPONSE)
                    .setTxid(txId)
                    .setChannelId("ch")
                    .setPayload(ByteString.copyFrom(value, StandardCharsets.UTF_8)));
        }

        ChaincodeMessage next() throws InterruptedException {
            ChaincodeMessage m = received.poll(WAIT_MS, TimeUnit.MILLISECONDS);
            assertThat(m)
                    .as("a message from the chaincode within %d ms", WAIT_MS)
                    .isNotNull();
            return m;
        }

        private void send(ChaincodeMessage.Builder message) {
            synchronized (this) {
                toChaincode.onNext(message.build());
            }
        }

        @Override
        public void onNext(ChaincodeMessage message) {
            received.add(message);
        }

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onCompleted() {}
    }
}
