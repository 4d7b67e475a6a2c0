package io.bondbridge.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
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
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=User1@banka.bondbridge.local,O=banka.bondbridge.local");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.ONE,
                                Date.from(now.minusSeconds(60)),
                                Date.from(now.plusSeconds(3600)),
                                subject,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
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
