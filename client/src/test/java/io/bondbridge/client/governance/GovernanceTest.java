package io.bondbridge.client.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.BondBridgeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GovernanceTest {
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
    private void assertRejected(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertRejected(code, "", call);
    }

    /** The call is rejected with {@code code} by the rule whose message contains {@code rule}; nothing changes. */
    private void assertRejected(
            ErrorCode code, String rule, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        String before = ledger.stateDigest();
        long height = ledger.height();
        assertThatThrownBy(call).isInstanceOfSatisfying(BondBridgeException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e).hasMessageContaining(rule);
        });
        assertThat(ledger.stateDigest()).isEqualTo(before);
        assertThat(ledger.height()).isEqualTo(height);
    }

    @Nested
    class Init {
        @Test
        void registersTheFiveDefaultParticipantsWithMainAccounts() {
            assertThat(as("regulator").participants())
                    .extracting(Participant::alias)
                    .containsExactlyInAnyOrder("centralbank", "hkcentralbank", "banka", "bankb", "regulator");
            assertThat(as("regulator").account("hkcentralbank:main").id()).isEqualTo("HKCentralBankMSP:main");
        }

        @Test
        void isIdempotent() {
            String before = ledger.stateDigest();
            GovernanceClient.InitResult again = as("banka").init();
            assertThat(again.created()).isFalse();
            assertThat(ledger.stateDigest()).isEqualTo(before);
        }
    }

    @Nested
    class Roles {
        @Test
        void aBankCallingACentralBankOnlyFunctionIsForbiddenAndNothingChanges() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not change roles: needs role CENTRAL_BANK",
                    () -> ledger.transport("banka").submit("governance", "setRoles", "banka", "CENTRAL_BANK,TREASURY"));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankBMSP may not add participants: needs role CENTRAL_BANK",
                    () -> ledger.transport("bankb")
                            .submit(
                                    "governance",
                                    "addParticipant",
                                    "{\"mspId\":\"EvilMSP\",\"alias\":\"evil\",\"jurisdiction\":\"XX\",\"roles\":[\"CENTRAL_BANK\"]}"));
            assertThat(as("banka").participants())
                    .extracting(Participant::mspId)
                    .doesNotContain("EvilMSP");
        }

        @Test
        void aCentralBankAddsAParticipantWhoseIdentityThenActs() {
            ledger.transport("centralbank")
                    .submit(
                            "governance",
                            "addParticipant",
                            "{\"mspId\":\"BankCMSP\",\"alias\":\"bankc\",\"jurisdiction\":\"AE\",\"roles\":[\"BANK\"]}");
            assertThat(as("BankCMSP").openAccount("ops").value().id()).isEqualTo("BankCMSP:ops");
            assertThat(as("regulator").account("bankc:main").owner()).isEqualTo("BankCMSP");
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> ledger.transport("centralbank")
                    .submit(
                            "governance",
                            "addParticipant",
                            "{\"mspId\":\"OtherMSP\",\"alias\":\"bankc\",\"jurisdiction\":\"AE\"}"));
        }

        @Test
        void anUnregisteredOrganizationCanDoNothing() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "organization StrangerMSP is not a registered participant",
                    () -> as("StrangerMSP").openAccount("x"));
        }

        @Test
        void rolesComeFromTheLedgerNotFromArguments() {
            // A bank cannot claim a role: the only input is the certificate's MSP ID.
            assertRejected(
                    ErrorCode.FORBIDDEN, "BankAMSP may not freeze accounts: needs role REGULATOR", () -> as("banka")
                            .freeze("bankb:main", "REGULATOR says so", null));
            ledger.transport("centralbank").submit("governance", "setRoles", "banka", "BANK,REGULATOR");
            assertThat(as("banka")
                            .freeze("bankb:main", "now a regulator", null)
                            .value()
                            .frozen())
                    .isTrue();
        }
    }

    @Nested
    class Accounts {
        @Test
        void anOrganizationOpensAccountsInItsOwnNameOnly() {
            var opened = as("banka").openAccount("trading").value();
            assertThat(opened.id()).isEqualTo("BankAMSP:trading");
            assertThat(opened.owner()).isEqualTo("BankAMSP");
            assertRejected(ErrorCode.INVALID_ARGUMENT, "invalid account name 'bankb:trading'", () -> as("banka")
                    .openAccount("bankb:trading"));
        }

        @Test
        void rejectsADuplicateOrMalformedName() {
            as("banka").openAccount("trading");
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> as("banka").openAccount("trading"));
            assertRejected(ErrorCode.INVALID_ARGUMENT, "invalid account name 'has space'", () -> as("banka")
                    .openAccount("has space"));
        }

        @Test
        void resolvesAliasesAndMspIdsToOneAccount() {
            assertThat(as("bankb").account("banka:main")).isEqualTo(as("bankb").account("BankAMSP:main"));
            assertRejected(ErrorCode.NOT_FOUND, () -> as("bankb").account("banka:nope"));
            assertRejected(ErrorCode.NOT_FOUND, () -> as("bankb").account("nobody:main"));
        }
    }

    @Nested
    class Freeze {
        @Test
        void theRegulatorFreezesWithAReasonAndUnfreezes() {
            var frozen = as("regulator")
                    .freeze("bankb:main", "sanctions hit", "ORD-1")
                    .value();
            assertThat(frozen.frozen()).isTrue();
            assertThat(frozen.orderRef()).isEqualTo("ORD-1");
            assertThat(frozen.frozenAt()).isNotNull();
            assertRejected(ErrorCode.CONFLICT, () -> as("regulator").freeze("bankb:main", "again", null));
            var active = as("regulator").unfreeze("bankb:main").value();
            assertThat(active.frozen()).isFalse();
            assertThat(active.freezeReason()).isNull();
            assertRejected(ErrorCode.CONFLICT, () -> as("regulator").unfreeze("bankb:main"));
        }

        @Test
        void aFreezeNeedsAReason() {
            assertRejected(ErrorCode.INVALID_ARGUMENT, "a freeze needs a reason", () -> as("regulator")
                    .freeze("bankb:main", " ", null));
        }

        @Test
        void onlyTheRegulatorUnfreezes() {
            as("regulator").freeze("bankb:main", "order", null);
            assertRejected(
                    ErrorCode.FORBIDDEN, "BankBMSP may not unfreeze accounts: needs role REGULATOR", () -> as("bankb")
                            .unfreeze("bankb:main"));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP may not unfreeze accounts: needs role REGULATOR",
                    () -> as("centralbank").unfreeze("bankb:main"));
        }
    }
}
