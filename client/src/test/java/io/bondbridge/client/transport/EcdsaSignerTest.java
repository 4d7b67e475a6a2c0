package io.bondbridge.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class EcdsaSignerTest {
    @Test
    void signaturesVerifyAndAlwaysCarryTheLowS() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = g.generateKeyPair();
        EcdsaSigner signer = new EcdsaSigner((ECPrivateKey) pair.getPrivate());
        BigInteger half =
                ((ECPrivateKey) pair.getPrivate()).getParams().getOrder().shiftRight(1);
        // ECDSA's s is high about half the time: 64 signatures all low proves the normalisation, not luck (2^-64)
        for (int i = 0; i < 64; i++) {
            byte[] message = ("proposal " + i).getBytes(StandardCharsets.UTF_8);
            byte[] sig = signer.sign(MessageDigest.getInstance("SHA-256").digest(message));

            assertThat(EcdsaSigner.decode(sig)[1]).isLessThanOrEqualTo(half);
            Signature verify = Signature.getInstance("SHA256withECDSA");
            verify.initVerify(pair.getPublic());
            verify.update(message);
            assertThat(verify.verify(sig)).isTrue();
        }
    }

    @Test
    void derRoundTripsAndRejectsWhatIsNotASignature() throws Exception {
        BigInteger r = new BigInteger("80" + "11".repeat(31), 16); // high bit set: DER needs a leading zero
        BigInteger s = BigInteger.valueOf(5);
        byte[] der = EcdsaSigner.encode(r, s);

        assertThat(der[3]).isEqualTo((byte) 33);
        assertThat(EcdsaSigner.decode(der)).containsExactly(r, s);
        assertThatThrownBy(() -> EcdsaSigner.decode(new byte[] {0x30, 0x02, 0x02, 0x00}))
                .isInstanceOf(SignatureException.class);
    }
}
