package io.bondbridge.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.grpc.Attributes;
import io.grpc.HandlerRegistry;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerTransportFilter;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport's real TLS, identity and Gateway stack against a port where no peer listens: what a caller sees
 * when the network is down. The network tests (client/.../network) cover a live network.
 */
class GatewayTransportTest {

    private static final GatewayTransport.Options FAST = new GatewayTransport.Options(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            5,
            Duration.ofMillis(10),
            Duration.ofMillis(20));

    @TempDir
    Path dir;

    private FabricProfile profile;

    @BeforeEach
    void writeIdentity() throws Exception {
        KeyPair keys = ecKeys();
        X509Certificate certificate =
                selfSigned("CN=User1@banka.bondbridge.local,O=banka.bondbridge.local", keys, null);
        Files.writeString(dir.resolve("cert.pem"), Identities.toPemString(certificate));
        Files.writeString(dir.resolve("priv_sk"), Identities.toPemString(keys.getPrivate()));
        Files.writeString(dir.resolve("tlsca.pem"), Identities.toPemString(certificate));
        profile = new FabricProfile(
                "banka",
                "BankAMSP",
                "127.0.0.1:" + freePort(),
                "peer0.banka.bondbridge.local",
                dir.resolve("tlsca.pem"),
                dir.resolve("cert.pem"),
                dir.resolve("priv_sk"),
                "bondbridge",
                "bondbridge");
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A self-signed certificate for {@code keys}, valid for an hour, naming {@code dnsName} (if not null). */
    private static X509Certificate selfSigned(String subjectName, KeyPair keys, String dnsName) throws Exception {
        X500Name subject = new X500Name(subjectName);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.ONE,
                Date.from(now.minusSeconds(60)),
                Date.from(now.plusSeconds(3600)),
                subject,
                keys.getPublic());
        if (dnsName != null) {
            builder.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void evaluateAgainstADownPeerIsUnavailable() {
        try (GatewayTransport fabric = GatewayTransport.connect(profile, FAST)) {
            assertThat(fabric.mspId()).isEqualTo("BankAMSP");
            assertThatThrownBy(() -> fabric.evaluate("governance", "getAccount", "banka:main"))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
        }
    }

    @Test
    void submitAgainstADownPeerIsUnavailableAndNotRetried() {
        try (GatewayTransport fabric = GatewayTransport.connect(profile, FAST)) {
            assertThatThrownBy(() -> fabric.submit(
                            "governance", "openAccount", List.of("trading"), Map.of("secret", new byte[] {1})))
                    .isInstanceOfSatisfying(BondBridgeException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                        assertThat(e.txId()).isNotBlank();
                    });
            assertThat(fabric.retriedAttempts()).isZero();
        }
    }

    @Test
    void followingEventsFromADownPeerIsUnavailable() {
        Path checkpoint = dir.resolve("events.checkpoint");
        try (GatewayTransport fabric = GatewayTransport.connect(profile, FAST)) {
            assertThatThrownBy(() -> fabric.followEvents(checkpoint, 0, event -> true))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
        }
        assertThat(checkpoint).exists();
    }

    /**
     * A peer that takes TLS connections and calls and never answers, as a host behind a network cut does: after a
     * call's deadline the next call dials a new connection, where the old one would have stayed silent.
     */
    @Test
    void aCallUnansweredInTimeMakesTheNextOneDialAfresh() throws Exception {
        KeyPair keys = ecKeys();
        String host = profile.peerHostOverride();
        Files.writeString(dir.resolve("tlsca.pem"), Identities.toPemString(selfSigned("CN=" + host, keys, host)));
        Files.writeString(dir.resolve("tls.key"), Identities.toPemString(keys.getPrivate()));
        AtomicInteger connections = new AtomicInteger();
        int port = Integer.parseInt(
                profile.peerEndpoint().substring(profile.peerEndpoint().lastIndexOf(':') + 1));
        Server silent = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                .sslContext(GrpcSslContexts.forServer(
                                dir.resolve("tlsca.pem").toFile(),
                                dir.resolve("tls.key").toFile())
                        .build())
                .fallbackHandlerRegistry(new Silent())
                .addTransportFilter(new ServerTransportFilter() {
                    @Override
                    public Attributes transportReady(Attributes attributes) {
                        connections.incrementAndGet();
                        return attributes;
                    }
                })
                .build()
                .start();
        try (GatewayTransport fabric = GatewayTransport.connect(profile, FAST)) {
            for (int call = 1; call <= 2; call++) {
                assertThatThrownBy(() -> fabric.evaluate("governance", "getAccount", "banka:main"))
                        .isInstanceOfSatisfying(BondBridgeException.class, e -> assertThat(e.code())
                                .isEqualTo(ErrorCode.UNAVAILABLE))
                        .hasMessageContaining("DEADLINE_EXCEEDED");
                assertThat(connections).as("connections after call %d", call).hasValue(call);
            }
        } finally {
            silent.shutdownNow();
        }
    }

    /** Every method: the call is taken and never answered. */
    private static final class Silent extends HandlerRegistry {
        private static final MethodDescriptor.Marshaller<InputStream> RAW = new MethodDescriptor.Marshaller<>() {
            @Override
            public InputStream stream(InputStream value) {
                return value;
            }

            @Override
            public InputStream parse(InputStream stream) {
                return stream;
            }
        };

        @Override
        public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
            MethodDescriptor<InputStream, InputStream> method = MethodDescriptor.<InputStream, InputStream>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNKNOWN)
                    .setFullMethodName(methodName)
                    .setRequestMarshaller(RAW)
                    .setResponseMarshaller(RAW)
                    .build();
            ServerCallHandler<InputStream, InputStream> never = (call, headers) -> new ServerCall.Listener<>() {};
            return ServerMethodDefinition.create(method, never);
        }
    }

    @Test
    void closeIsIdempotent() {
        GatewayTransport fabric = GatewayTransport.connect(profile, FAST);
        fabric.close();
        fabric.close();
    }

    @Test
    void anUnreadableKeyIsAnInvalidProfile() throws IOException {
        Files.writeString(dir.resolve("priv_sk"), "not a key");

        assertThatThrownBy(() -> GatewayTransport.connect(profile, FAST))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("priv_sk");
    }

    @Test
    void aMissingCertificateIsAnInvalidProfile() throws IOException {
        Files.delete(dir.resolve("cert.pem"));

        assertThatThrownBy(() -> GatewayTransport.connect(profile, FAST))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("cert.pem");
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> new GatewayTransport.Options(
                        Duration.ZERO,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        1,
                        Duration.ofMillis(1),
                        Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaluateTimeout");
        assertThatThrownBy(() -> new GatewayTransport.Options(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        0,
                        Duration.ofMillis(1),
                        Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
    }
}
