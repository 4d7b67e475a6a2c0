package io.bondbridge.client.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.api.governance.Participant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.junit.jupiter.api.Test;

class IdentitiesTest {
    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The bundled certificates stand in for ones made on the spot: the chaincode sees the same identity (subject
     * and issuer make the identity id), serial and validity.
     */
    @Test
    void bundlesACertificateLikeAMadeOneForEveryDefaultOrganization() throws Exception {
        for (Participant p : DefaultParticipants.ALL) {
            String bundled = Identities.bundled(p.mspId());
            assertThat(bundled).as(p.mspId()).isNotNull();
            X509Certificate ours = parse(bundled);
            X509Certificate made = parse(Identities.SelfSigned.pem(p.mspId()));
            assertThat(ours.getSubjectX500Principal()).isEqualTo(made.getSubjectX500Principal());
            assertThat(ours.getIssuerX500Principal()).isEqualTo(made.getIssuerX500Principal());
            assertThat(ours.getSerialNumber()).isEqualTo(made.getSerialNumber());
            assertThat(ours.getNotBefore()).isEqualTo(made.getNotBefore());
            assertThat(ours.getNotAfter()).isEqualTo(made.getNotAfter());
            assertThat(ours.getSubjectX500Principal().getName())
                    .isEqualTo("O=" + p.mspId() + ",OU=admin,CN=Admin@"
                            + p.mspId().replaceFirst("MSP$", "").toLowerCase() + ".bondbridge.local");
            ours.verify(ours.getPublicKey()); // self-signed and intact
        }
    }

    @Test
    void makesACertificateForAnOrganizationWithoutABundledOne() throws Exception {
        assertThat(Identities.bundled("NobodyMSP")).isNull();
        SerializedIdentity id = SerializedIdentity.parseFrom(new Identities().creator("NobodyMSP"));
        assertThat(id.getMspid()).isEqualTo("NobodyMSP");
        assertThat(parse(id.getIdBytes().toStringUtf8())
                        .getSubjectX500Principal()
                        .getName())
                .isEqualTo("O=NobodyMSP,OU=admin,CN=Admin@nobody.bondbridge.local");
    }

    @Test
    void readsNoResourceOutsideTheBundleForAStrangeMspId() {
        assertThat(Identities.bundled("../identities/BankAMSP")).isNull();
        assertThat(Identities.bundled("BankAMSP.pem#")).isNull();
    }

    @Test
    void servesTheSameIdentityEveryTime() {
        Identities identities = new Identities();
        assertThat(identities.creator(DefaultParticipants.BANK_A))
                .isSameAs(identities.creator(DefaultParticipants.BANK_A))
                .isEqualTo(new Identities().creator(DefaultParticipants.BANK_A));
    }
}
