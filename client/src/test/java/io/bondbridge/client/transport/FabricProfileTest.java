package io.bondbridge.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricProfileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeProfiles() throws IOException {
        write("banka", "BankAMSP", 7351);
        write("bankb", "BankBMSP", 7451);
        write("regulator", "RegulatorMSP", 7551);
    }

    private void write(String org, String msp, int port) throws IOException {
        Files.writeString(
                dir.resolve(org + ".json"),
                """
                {"org":"%s","mspId":"%s","peerEndpoint":"127.0.0.1:%d",
                 "peerHostOverride":"peer0.%s.bondbridge.local","tlsCaCertPath":"/abs/%s/tlsca.pem",
                 "certPath":"/abs/%s/cert.pem","keyPath":"/abs/%s/priv_sk",
                 "channel":"bondbridge","chaincode":"bondbridge"}
                """
                        .formatted(org, msp, port, org, org, org, org));
    }

    @Nested
    class FromAFile {
        @Test
        void usesTheFileWhenNoOrganizationIsNamed() {
            FabricProfile p = FabricProfile.load(dir.resolve("banka.json"), null);

            assertThat(p.org()).isEqualTo("banka");
            assertThat(p.mspId()).isEqualTo("BankAMSP");
            assertThat(p.peerEndpoint()).isEqualTo("127.0.0.1:7351");
            assertThat(p.peerHostOverride()).isEqualTo("peer0.banka.bondbridge.local");
            assertThat(p.tlsCaCertPath()).isEqualTo(Path.of("/abs/banka/tlsca.pem"));
            assertThat(p.certPath()).isEqualTo(Path.of("/abs/banka/cert.pem"));
            assertThat(p.keyPath()).isEqualTo(Path.of("/abs/banka/priv_sk"));
            assertThat(p.channel()).isEqualTo("bondbridge");
            assertThat(p.chaincode()).isEqualTo("bondbridge");
        }

        @Test
        void usesTheFileWhenTheSameOrganizationIsNamedByMspId() {
            assertThat(FabricProfile.load(dir.resolve("banka.json"), "bankamsp").org())
                    .isEqualTo("banka");
        }

        @Test
        void switchesToTheSiblingProfileOfAnotherOrganization() {
            FabricProfile p = FabricProfile.load(dir.resolve("banka.json"), "bankb");

            assertThat(p.mspId()).isEqualTo("BankBMSP");
            assertThat(p.peerEndpoint()).isEqualTo("127.0.0.1:7451");
        }

        @Test
        void findsTheSiblingByMspId() {
            assertThat(FabricProfile.load(dir.resolve("banka.json"), "RegulatorMSP")
                            .org())
                    .isEqualTo("regulator");
        }

        @Test
        void resolvesRelativePathsAgainstTheProfileDirectory() throws IOException {
            Path file = dir.resolve("relative.json");
            Files.writeString(
                    file,
                    """
                    {"org":"bankb","mspId":"BankBMSP","peerEndpoint":"127.0.0.1:7451",
                     "peerHostOverride":"peer0.bankb.bondbridge.local","tlsCaCertPath":"tls/ca.pem",
                     "certPath":"id/cert.pem","keyPath":"id/key.pem"}
                    """);

            FabricProfile p = FabricProfile.read(file);

            assertThat(p.tlsCaCertPath()).isEqualTo(dir.toAbsolutePath().resolve("tls/ca.pem"));
            assertThat(p.keyPath()).isEqualTo(dir.toAbsolutePath().resolve("id/key.pem"));
            assertThat(p.channel()).isEqualTo(Transport.CHANNEL);
            assertThat(p.chaincode()).isEqualTo(Transport.CHAINCODE);
        }
    }

    @Nested
    class FromADirectory {
        @Test
        void loadsTheOrganizationsFile() {
            assertThat(FabricProfile.load(dir, "regulator").mspId()).isEqualTo("RegulatorMSP");
        }

        @Test
        void acceptsShortNamesInAnyCase() {
            assertThat(FabricProfile.load(dir, "BankA").mspId()).isEqualTo("BankAMSP");
        }

        @Test
        void acceptsMspIds() {
            assertThat(FabricProfile.load(dir, "BankBMSP").org()).isEqualTo("bankb");
        }

        @Test
        void ignoresOtherJsonFilesWhileSearching() throws IOException {
            Files.writeString(dir.resolve("notes.json"), "[1, 2, 3]");

            assertThat(FabricProfile.load(dir, "RegulatorMSP").org()).isEqualTo("regulator");
        }

        @Test
        void rejectsAnUnknownOrganizationNamingTheKnownOnes() {
            assertThatThrownBy(() -> FabricProfile.load(dir, "hkcentralbank"))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                    .hasMessageContaining("hkcentralbank")
                    .hasMessageContaining("banka (BankAMSP)")
                    .hasMessageContaining("regulator (RegulatorMSP)");
        }

        @Test
        void requiresAnOrganization() {
            assertThatThrownBy(() -> FabricProfile.load(dir, " "))
                    .isInstanceOf(BondBridgeException.class)
                    .hasMessageContaining("--as ORG");
        }
    }

    @Nested
    class Invalid {
        @Test
        void rejectsAMissingPath() {
            assertThatThrownBy(() -> FabricProfile.load(dir.resolve("nowhere.json"), "banka"))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                    .hasMessageContaining("no Fabric connection profile");
        }

        @Test
        void namesAMissingField() throws IOException {
            Path file = dir.resolve("partial.json");
            Files.writeString(
                    file,
                    """
                    {"org":"banka","mspId":"BankAMSP","peerEndpoint":"127.0.0.1:7351",
                     "peerHostOverride":"peer0.banka.bondbridge.local","certPath":"c","keyPath":"k"}
                    """);

            assertThatThrownBy(() -> FabricProfile.read(file))
                    .isInstanceOf(BondBridgeException.class)
                    .hasMessageContaining("\"tlsCaCertPath\"");
        }

        @Test
        void rejectsABlankField() throws IOException {
            Path file = dir.resolve("blank.json");
            Files.writeString(
                    file,
                    """
                    {"org":"banka","mspId":" ","peerEndpoint":"127.0.0.1:7351",
                     "peerHostOverride":"peer0.banka.bondbridge.local","tlsCaCertPath":"t",
                     "certPath":"c","keyPath":"k"}
                    """);

            assertThatThrownBy(() -> FabricProfile.read(file))
                    .isInstanceOf(BondBridgeException.class)
                    .hasMessageContaining("mspId is required");
        }

        @Test
        void rejectsMalformedJson() throws IOException {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, "{\"org\": ");

            assertThatThrownBy(() -> FabricProfile.read(file))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                    .hasMessageContaining("not valid JSON");
        }
    }
}
