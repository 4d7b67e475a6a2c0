package io.bondbridge.client.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedLedgerTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static Endorsement simulate(EmbeddedLedger ledger, String org, String fn, String... args) {
        Proposal p = ledger.propose(
                io.bondbridge.api.governance.DefaultParticipants.mspId(org),
                "governance",
                fn,
                List.of(args),
                Map.of(),
                T0);
        Endorsement e = ledger.simulate(p);
        assertThat(e.ok()).as(e.message()).isTrue();
        return e;
    }

    private static EmbeddedLedger initialized() {
        EmbeddedLedger ledger = EmbeddedLedger.inMemory();
        ledger.transport("centralbank").at(T0).submit("governance", "init");
        return ledger;
    }

    @Nested
    class Validation {
        @Test
        void rejectsATransactionWhoseReadWentStaleAndWritesNothing() {
            try (EmbeddedLedger ledger = initialized()) {
                Endorsement first = simulate(ledger, "regulator", "freezeAccount", "bankb:main", "court order", "");
                Endorsement second = simulate(ledger, "regulator", "freezeAccount", "bankb:main", "other", "X-1");
                ledger.commit(first);
                String afterFirst = ledger.stateDigest();
                long height = ledger.height();

                assertThatThrownBy(() -> ledger.commit(second))
                        .isInstanceOf(BondBridgeException.class)
                        .hasMessageStartingWith("MVCC_READ_CONFLICT")
                        .extracting(e -> ((BondBridgeException) e).code())
                        .isEqualTo(ErrorCode.CONFLICT);
                assertThat(ledger.stateDigest()).isEqualTo(afterFirst);
                assertThat(ledger.height()).isEqualTo(height);
                assertThat(ledger.transport("regulator").evaluate("governance", "getAccount", "bankb:main"))
                        .contains("\"freezeReason\":\"court order\"");
            }
        }

        @Test
        void rejectsAPhantomInARangeItRead() {
            try (EmbeddedLedger ledger = initialized()) {
                Endorsement listing = simulate(ledger, "regulator", "listAccounts", "banka");
                ledger.transport("banka").submit("governance", "openAccount", "late");
                assertThatThrownBy(() -> ledger.commit(listing)).hasMessageStartingWith("PHANTOM_READ_CONFLICT");
            }
        }

        @Test
        void commitsConcurrentTransactionsOnDisjointKeys() {
            try (EmbeddedLedger ledger = initialized()) {
                Endorsement a = simulate(ledger, "banka", "openAccount", "alpha");
                Endorsement b = simulate(ledger, "bankb", "openAccount", "beta");
                ledger.commit(a);
                ledger.commit(b);
                assertThat(ledger.height()).isEqualTo(3);
            }
        }

        @Test
        void rejectsTheSameTransactionCommittedTwice() {
            try (EmbeddedLedger ledger = initialized()) {
                Endorsement a = simulate(ledger, "banka", "openAccount", "alpha");
                ledger.commit(a);
                assertThatThrownBy(() -> ledger.commit(a)).hasMessageStartingWith("DUPLICATE_TXID");
            }
        }

        @Test
        void aRejectedProposalCannotBeCommitted() {
            try (EmbeddedLedger ledger = initialized()) {
                Proposal p = ledger.propose(
                        "BankAMSP", "governance", "setRoles", List.of("banka", "CENTRAL_BANK"), Map.of(), T0);
                Endorsement e = ledger.simulate(p);
                assertThat(e.ok()).isFalse();
                assertThat(e.message()).startsWith("FORBIDDEN: ");
                assertThatThrownBy(() -> ledger.commit(e))
                        .extracting(x -> ((BondBridgeException) x).code())
                        .isEqualTo(ErrorCode.FORBIDDEN);
            }
        }
    }

    @Nested
    class Determinism {
        @Test
        void theSameTransactionsOnTwoFreshLedgersWriteTheSameBytes() {
            List<byte[]> first = run();
            List<byte[]> second = run();
            assertThat(first).hasSize(3);
            for (int i = 0; i < first.size(); i++) {
                assertThat(second.get(i)).as("write set %d", i).isEqualTo(first.get(i));
            }
        }

        private List<byte[]> run() {
            List<byte[]> writeSets = new ArrayList<>();
            try (EmbeddedLedger ledger = EmbeddedLedger.inMemory()) {
                List<String[]> txs = List.of(
                        new String[] {"centralbank", "init"},
                        new String[] {"banka", "openAccount", "trading"},
                        new String[] {"regulator", "freezeAccount", "bankb:main", "order", "R-1"});
                for (String[] tx : txs) {
                    Endorsement e = simulate(ledger, tx[0], tx[1], java.util.Arrays.copyOfRange(tx, 2, tx.length));
                    writeSets.add(e.writeSet());
                    ledger.commit(e);
                }
            }
            return writeSets;
        }
    }

    @Nested
    class Durability {
        @TempDir
        Path dir;

        private List<String> commitSome(int n) {
            List<String> digests = new ArrayList<>();
            try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
                ledger.transport("centralbank").submit("governance", "init");
                digests.add(ledger.stateDigest());
                for (int i = 0; i < n; i++) {
                    ledger.transport("banka").submit("governance", "openAccount", "acct" + i);
                    digests.add(ledger.stateDigest());
                }
            }
            return digests;
        }

        @Test
        void aReopenedLedgerHasTheSameStateHistoryAndEvents() {
            List<String> digests = commitSome(3);
            try (EmbeddedLedger reopened = EmbeddedLedger.open(dir)) {
                assertThat(reopened.stateDigest()).isEqualTo(digests.get(digests.size() - 1));
                assertThat(reopened.height()).isEqualTo(4);
                assertThat(reopened.events(0))
                        .extracting(LedgerEvent::name)
                        .containsExactly("Bootstrapped", "AccountOpened", "AccountOpened", "AccountOpened");
                assertThat(reopened.droppedBytesOnOpen()).isZero();
                // Work continues on the reopened ledger.
                reopened.transport("bankb").submit("governance", "openAccount", "after-restart");
                assertThat(reopened.height()).isEqualTo(5);
            }
        }

        @Test
        void aTornLastRecordIsDroppedAndTheLedgerOpensAtTheLastWholeTransaction() throws IOException {
            List<String> digests = commitSome(3);
            Path log = dir.resolve(EmbeddedLedger.LOG_FILE);
            long size = Files.size(log);
            try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
                f.setLength(size - 10); // crash while the last frame's hash was being written
            }
            try (EmbeddedLedger reopened = EmbeddedLedger.open(dir)) {
                assertThat(reopened.height()).isEqualTo(3);
                assertThat(reopened.stateDigest()).isEqualTo(digests.get(2));
                assertThat(reopened.droppedBytesOnOpen()).isPositive();
                reopened.transport("banka").submit("governance", "openAccount", "acct2");
                assertThat(reopened.height()).isEqualTo(4);
            }
        }

        @Test
        void aFullSizedLastRecordWithABadHashIsDroppedToo() throws IOException {
            List<String> digests = commitSome(2);
            Path log = dir.resolve(EmbeddedLedger.LOG_FILE);
            try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
                f.seek(f.length() - 40); // inside the last payload
                f.write('#');
            }
            try (EmbeddedLedger reopened = EmbeddedLedger.open(dir)) {
                assertThat(reopened.height()).isEqualTo(2);
                assertThat(reopened.stateDigest()).isEqualTo(digests.get(1));
            }
        }

        @Test
        void corruptionBeforeTheLastRecordRefusesToOpenAndChangesNothing() throws IOException {
            commitSome(3);
            Path log = dir.resolve(EmbeddedLedger.LOG_FILE);
            byte[] before = Files.readAllBytes(log);
            byte[] damaged = before.clone();
            damaged[20] ^= 0x55; // inside the first record
            Files.write(log, damaged);
            assertThatThrownBy(() -> EmbeddedLedger.open(dir))
                    .isInstanceOf(BondBridgeException.class)
                    .hasMessageContaining("corrupt")
                    .extracting(e -> ((BondBridgeException) e).code())
                    .isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(Files.readAllBytes(log)).isEqualTo(damaged);
        }

        @Test
        void aSecondOpenOfTheSameDirectoryGetsAClearError() {
            try (EmbeddedLedger first = EmbeddedLedger.open(dir)) {
                assertThatThrownBy(() -> EmbeddedLedger.open(dir))
                        .isInstanceOf(LedgerLockedException.class)
                        .hasMessageContaining("is open in another process");
                assertThat(first.height()).isZero();
            }
        }

        @Test
        void aSecondProcessOpeningTheSameDirectoryGetsAClearError() throws Exception {
            try (EmbeddedLedger first = EmbeddedLedger.open(dir)) {
                first.transport("centralbank").submit("governance", "init");
                assertThat(probeFromAnotherProcess())
                        .contains("LedgerLockedException UNAVAILABLE: ledger")
                        .contains("another process");
            }
            // Released on close: the other process can open it now.
            assertThat(probeFromAnotherProcess()).contains("OPENED height=1");
        }

        private String probeFromAnotherProcess() throws Exception {
            Process probe = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            LockProbe.class.getName(),
                            dir.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(probe.waitFor()).isZero();
            return output;
        }
    }

    @Test
    void ordersKeysByCodePointAsLevelDbOrdersUtf8Bytes() {
        String bmp = "\uE000";
        String supplementary = new String(Character.toChars(0x1F600));
        assertThat(bmp.compareTo(supplementary)).isPositive(); // UTF-16 order: the wrong one for a peer
        assertThat(KeyOrder.INSTANCE.compare(bmp, supplementary)).isNegative();
        assertThat(KeyOrder.INSTANCE.compare("ab", "abc")).isNegative();
    }

    @Test
    void privateDataIsReadableByCollectionMembersOnly() {
        Collections collections =
                Collections.parse(com.google.gson.JsonParser.parseString("[{\"name\":\"pd_BankAMSP_CentralBankMSP\","
                        + "\"policy\":\"OR('BankAMSP.member','CentralBankMSP.member','RegulatorMSP.member')\"}]"));
        WorldState state = new WorldState();
        Identities ids = new Identities();
        Proposal write = new Proposal("tx1", T0, "BankAMSP", ids.creator("BankAMSP"), "x:y", List.of(), Map.of());
        EmbeddedStub writer = new EmbeddedStub(write, state, collections);
        writer.putPrivateData("pd_BankAMSP_CentralBankMSP", "k", "secret".getBytes(StandardCharsets.UTF_8));
        state.apply(new TxRecord(
                1,
                "tx1",
                T0,
                "BankAMSP",
                "x:y",
                List.of(),
                List.of(),
                List.of(new TxRecord.PrivateWrite(
                        "pd_BankAMSP_CentralBankMSP", "k", TxRecord.b64("secret".getBytes(StandardCharsets.UTF_8)))),
                null));

        for (String member : List.of("BankAMSP", "CentralBankMSP", "RegulatorMSP")) {
            EmbeddedStub stub = new EmbeddedStub(
                    new Proposal("t", T0, member, ids.creator(member), "x:y", List.of(), Map.of()), state, collections);
            assertThat(stub.getPrivateData("pd_BankAMSP_CentralBankMSP", "k"))
                    .asString(StandardCharsets.UTF_8)
                    .isEqualTo("secret");
        }
        EmbeddedStub outsider = new EmbeddedStub(
                new Proposal("t", T0, "BankBMSP", ids.creator("BankBMSP"), "x:y", List.of(), Map.of()),
                state,
                collections);
        assertThatThrownBy(() -> outsider.getPrivateData("pd_BankAMSP_CentralBankMSP", "k"))
                .hasMessageContaining("does not have read access");
        assertThat(outsider.getPrivateDataHash("pd_BankAMSP_CentralBankMSP", "k"))
                .isEqualTo(EmbeddedStub.sha256("secret".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> outsider.putPrivateData("pd_unknown", "k", new byte[] {1}))
                .hasMessageContaining("not defined");
    }
}
