package io.bondbridge.chaincode.server;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;

/**
 * The chaincode's gRPC server for chaincode as a service, serving {@link PeerStreams} with the shim's own server
 * settings (address, keep-alive, connection age, message sizes from {@link ChaincodeServerProperties}). Plaintext
 * only: with TLS configured, {@link ChaincodeMain} uses the shim's server instead.
 */
final class PeerStreamsServer implements ChaincodeServer {
    private final Server server;

    PeerStreamsServer(PeerStreams service, ChaincodeServerProperties p) {
        p.validate();
        this.server = NettyServerBuilder.forAddress(p.getServerAddress())
                .addService(service)
                .keepAliveTime(p.getKeepAliveTimeMinutes(), TimeUnit.MINUTES)
                .keepAliveTimeout(p.getKeepAliveTimeoutSeconds(), TimeUnit.SECONDS)
                .permitKeepAliveTime(p.getPermitKeepAliveTimeMinutes(), TimeUnit.MINUTES)
                .permitKeepAliveWithoutCalls(p.getPermitKeepAliveWithoutCalls())
                .maxConnectionAge(p.getMaxConnectionAgeSeconds(), TimeUnit.SECONDS)
                .maxInboundMetadataSize(p.getMaxInboundMetadataSize())
                .maxInboundMessageSize(p.getMaxInboundMessageSize())
                .build();
    }

    /** Starts listening and returns the port (the one asked for, or the one chosen for port 0). */
    int listen() throws IOException {
        server.start();
        return server.getPort();
    }

    /** Listens until the process is stopped. */
    @Override
    public void start() throws IOException, InterruptedException {
        listen();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "chaincode-server-stop"));
        server.awaitTermination();
    }

    @Override
    public void stop() {
        server.shutdownNow();
    }
}
