package io.bondbridge.client.transport;

import com.google.protobuf.ByteString;
import io.grpc.Server;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.peer.Response;

/**
 * A stand-in for one organization's peer on a loopback port, for the CLI's start-up training and its tests: TLS
 * under a throw-away self-signed certificate naming {@code host}, answering the Gateway's Evaluate with a fixed
 * result and every other call UNIMPLEMENTED. Certificate and key are written to a directory as {@code cert.pem} and
 * {@code priv_sk}, where they also serve a client as its identity and TLS CA.
 */
public final class StandInPeer implements AutoCloseable {
    private final Server server;

    private StandInPeer(Server server) {
        this.server = server;
    }

    /** Starts a stand-in for {@code host} on a free loopback port that answers every Evaluate with {@code result}. */
    public static StandInPeer start(Path dir, String host, String result) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + host);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] certificate;
        try {
            certificate = new JcaX509v3CertificateBuilder(
                            subject,
                            BigInteger.ONE,
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(1, ChronoUnit.DAYS)),
                            subject,
                            keys.getPublic())
                    .addExtension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, host)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the stand-in's certificate", e);
        }
        Path cert = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate));
        Path key = Files.writeString(
                dir.resolve("priv_sk"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        EvaluateResponse answer = EvaluateResponse.newBuilder()
                .setResult(Response.newBuilder().setStatus(200).setPayload(ByteString.copyFromUtf8(result)))
                .build();
        Server server = NettyServerBuilder.forAddress(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        TlsServerCredentials.create(cert.toFile(), key.toFile()))
                .addService(new GatewayGrpc.GatewayImplBase() {
                    @Override
                    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> reply) {
                        reply.onNext(answer);
                        reply.onCompleted();
                    }
                })
                .build()
                .start();
        return new StandInPeer(server);
    }

    public int port() {
        return server.getPort();
    }

    /** Stops at once, waiting a few seconds for the port to close. */
    @Override
    public void close() {
        try {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** PEM of DER bytes: a PKCS#8 private key as {@code PRIVATE KEY}, a certificate as {@code CERTIFICATE}. */
    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
