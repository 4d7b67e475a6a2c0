package io.bondbridge.client.embedded;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemWriter;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Client identities of the embedded ledger: one real X.509 certificate per organization (EC P-256, self-signed),
 * serialized as a Fabric {@code SerializedIdentity}, so the shim's {@code ClientIdentity} parses it exactly as it
 * parses a peer's proposal creator. Nothing is signed with them: the embedded ledger trusts the process it runs
 * in. The subject is fixed per organization, so the identity id the chaincode sees is the same on every run.
 *
 * <p>The five default organizations' certificates are bundled ({@value #BUNDLED}{@code MSPID.pem}, made once by
 * {@link SelfSigned#pem}): making one costs an EC key pair and Bouncy Castle's certificate builder, a quarter of a
 * second at the start of every command. Any other MSP ID gets one made on first use.
 */
final class Identities {
    static final String BUNDLED = "/bondbridge/identities/";

    private final Map<String, byte[]> serialized = new ConcurrentHashMap<>();

    /** The serialized identity of the admin user of {@code mspId}. */
    byte[] creator(String mspId) {
        return serialized.computeIfAbsent(mspId, Identities::create);
    }

    private static byte[] create(String mspId) {
        String pem = bundled(mspId);
        return SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(ByteString.copyFrom(pem != null ? pem : SelfSigned.pem(mspId), StandardCharsets.UTF_8))
                .build()
                .toByteArray();
    }

    /** The bundled certificate (PEM) of {@code mspId}, or null when none is bundled. */
    static String bundled(String mspId) {
        if (!mspId.matches("[A-Za-z0-9]+")) {
            return null;
        }
        try (InputStream in = Identities.class.getResourceAsStream(BUNDLED + mspId + ".pem")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled identity of " + mspId, e);
        }
    }

    /** Makes a certificate; its own class, so Bouncy Castle is loaded only when one is made. */
    static final class SelfSigned {
        private SelfSigned() {}

        /** A new self-signed certificate (PEM) for the admin user of {@code mspId}. */
        static String pem(String mspId) {
            String org = mspId.replaceFirst("MSP$", "").toLowerCase(Locale.ROOT);
            X500Name subject = new X500Name("CN=Admin@" + org + ".bondbridge.local,OU=admin,O=" + mspId);
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair keys = generator.generateKeyPair();
                Instant notBefore = Instant.parse("2024-01-01T00:00:00Z");
                X509CertificateHolder cert = new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.valueOf(Math.abs((long) mspId.hashCode()) + 1),
                                Date.from(notBefore),
                                Date.from(notBefore.plus(36500, ChronoUnit.DAYS)),
                                subject,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
                StringWriter pem = new StringWriter();
                try (PemWriter writer = new PemWriter(pem)) {
                    writer.writeObject(new JcaMiscPEMGenerator(cert));
                }
                return pem.toString();
            } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
                throw new IllegalStateException("cannot create an identity for " + mspId, e);
            }
        }
    }
}
