package io.bondbridge.client.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.BondBridgeException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link GovernanceClient#addParticipant} and {@link GovernanceClient#setRoles} through the embedded ledger. */
class ParticipantsTest {
    private static final Participant BANK_C =
            new Participant("BankCMSP", "bankc", "AE", List.of("HKD"), List.of(Role.BANK));

    private EmbeddedLedger ledger;

    @BeforeEach
    void open() {
        ledger = EmbeddedLedger.inMemory();
        as("centralbank").init();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private GovernanceClient as(String org) {
        return BondBridge.open(ledger.transport(org)).governance();
    }

    /** The call is rejected with {@code code} and the ledger state is exactly as before. */
    private BondBridgeException assertRejected(ErrorCode code, Executable call) {
        String before = ledger.stateDigest();
        long height = ledger.height();
        BondBridgeException e = assertThrows(BondBridgeException.class, call);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(ledger.stateDigest()).isEqualTo(before);
        assertThat(ledger.height()).isEqualTo(height);
        return e;
    }

    @Nested
    class AddParticipant {
        @Test
        void aCentralBankAddsAParticipantWithAMainAccountWhoseIdentityThenActs() {
            GovernanceClient.Change<Participant> added = as("centralbank").addParticipant(BANK_C);

            assertThat(added.txId()).isNotBlank();
            assertThat(added.value()).isEqualTo(BANK_C);
            assertThat(as("regulator").participants()).contains(BANK_C);
            assertThat(as("regulator").account("bankc:main").owner()).isEqualTo("BankCMSP");
            assertThat(as("BankCMSP").openAccount("ops").value().id()).isEqualTo("BankCMSP:ops");
        }

        @Test
        void aCallerWithoutTheCentralBankRoleIsForbiddenAndNothingChanges() {
            BondBridgeException e =
                    assertRejected(ErrorCode.FORBIDDEN, () -> as("banka").addParticipant(BANK_C));

            assertThat(e.getMessage()).contains("BankAMSP may not add participants");
            assertRejected(ErrorCode.FORBIDDEN, () -> as("regulator").addParticipant(BANK_C));
            assertThat(as("banka").participants())
                    .extracting(Participant::mspId)
                    .doesNotContain("BankCMSP");
        }

        @Test
        void aTakenAliasIsAlreadyExists() {
            as("centralbank").addParticipant(BANK_C);

            assertRejected(ErrorCode.ALREADY_EXISTS, () -> as("centralbank")
                    .addParticipant(new Participant("OtherMSP", "bankc", "AE", List.of(), List.of())));
        }

        @Test
        void aNameIsOneParticipantsMspIdOrAnothersAliasNeverBoth() {
            as("centralbank").addParticipant(BANK_C);
            // an MSP ID that is another participant's alias, and an alias that is another's MSP ID
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> as("centralbank")
                    .addParticipant(new Participant("bankc", "other", "AE", List.of(), List.of())));
            Participant lowerCase = new Participant("org9", "nine", "AE", List.of(), List.of());
            as("centralbank").addParticipant(lowerCase);
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> as("centralbank")
                    .addParticipant(new Participant("Org10MSP", "org9", "AE", List.of(), List.of())));
            // so a reference of an alias's form finds the one participant it can name, by MSP ID or by alias
            assertThat(as("regulator").account("org9:main").owner()).isEqualTo("org9");
            assertThat(as("regulator").account("nine:main").owner()).isEqualTo("org9");
            assertThat(as("regulator").account("bankc:main").owner()).isEqualTo("BankCMSP");
        }
    }

    @Nested
    class SetRoles {
        @Test
        void aCentralBankReplacesTheRolesWhichThenDecideWhatTheParticipantMayDo() {
            assertRejected(ErrorCode.FORBIDDEN, () -> as("banka").freeze("bankb:main", "not yet a regulator", null));

            GovernanceClient.Change<Participant> changed =
                    as("centralbank").setRoles("banka", List.of(Role.REGULATOR, Role.BANK));

            assertThat(changed.txId()).isNotBlank();
            assertThat(changed.value().mspId()).isEqualTo("BankAMSP");
            assertThat(changed.value().roles()).containsExactly(Role.BANK, Role.REGULATOR);
            assertThat(as("regulator").participants())
                    .filteredOn(p -> p.alias().equals("banka"))
                    .singleElement()
                    .extracting(Participant::roles)
                    .isEqualTo(List.of(Role.BANK, Role.REGULATOR));
            assertThat(as("banka")
                            .freeze("bankb:main", "now a regulator", null)
                            .value()
                            .frozen())
                    .isTrue();
        }

        @Test
        void aCallerWithoutTheCentralBankRoleIsForbiddenAndNothingChanges() {
            BondBridgeException e = assertRejected(
                    ErrorCode.FORBIDDEN, () -> as("banka").setRoles("banka", List.of(Role.CENTRAL_BANK)));

            assertThat(e.getMessage()).contains("BankAMSP may not change roles");
            assertRejected(ErrorCode.FORBIDDEN, () -> as("regulator").setRoles("bankb", List.of()));
        }

        @Test
        void anUnknownParticipantIsNotFound() {
            assertRejected(ErrorCode.NOT_FOUND, () -> as("centralbank").setRoles("nobody", List.of(Role.BANK)));
        }
    }
}
