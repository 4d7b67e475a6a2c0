package io.bondbridge.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Transport;
import io.bondbridge.client.transport.TxResult;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bondbridge connect}'s kept connection, over an embedded ledger's transport standing in for the Gateway's (the
 * network suite runs it on Fabric): commands sent to it run as they would in their own process; nothing is sent to a
 * socket that is not trusted or not answered; stopping it finishes what is under way.
 */
class KeptConnectionTest {
    @TempDir
    Path tmp;

    private Path dir;
    private Path profile;
    private Path ledgerDir;
    private EmbeddedLedger ledger;

    @BeforeEach
    void open() {
        dir = tmp.resolve("connections");
        profile = tmp.resolve("profile.json"); // never read: commands naming it get the kept transport
        ledgerDir = tmp.resolve("ledger");
        ledger = EmbeddedLedger.open(ledgerDir);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private String[] line(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--fabric";
        all[1] = profile.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void commandsRunThroughItWithTheirOwnOutputAndExitCodes() {
        CliRun listed;
        try (KeptRun kept = KeptRun.start(dir, profile, "centralbank", ledger.transport("centralbank"))) {
            assertThat(kept.run(line("init")).exit()).isZero();
            listed = kept.run(line("--json", "participant", "list"));
            assertThat(listed.exit()).as(listed.err()).isZero();

            CliRun opened = kept.run(line("account", "open", "centralbank:kept"));
            assertThat(opened.exit()).as(opened.err()).isZero();
            assertThat(opened.out()).contains("CentralBankMSP:kept");
            CliRun again = kept.run(line("account", "open", "centralbank:kept"));
            assertThat(again.exit()).isEqualTo(Main.REJECTED);
            assertThat(again.err()).startsWith("bondbridge: ALREADY_EXISTS: ");
            CliRun bad = kept.run(line("--json", "account", "open", "x", "--bogus"));
            assertThat(bad.exit()).isEqualTo(Main.USAGE);
            assertThat(bad.json().getAsJsonObject("error").get("code").getAsString())
                    .isEqualTo("USAGE");
        }
        ledger.close();
        // the same command in a process of its own prints the same
        assertThat(CliRun.on(ledgerDir, "--json", "participant", "list").out()).isEqualTo(listed.out());
        assertThat(CliRun.on(ledgerDir, "--json", "account", "show", "centralbank:kept")
                        .exit())
                .isZero();
    }

    @Test
    void relativePathsAreTheCallersAndLongRunningCommandsRunAtHome() throws IOException {
        try (KeptRun kept = KeptRun.start(dir, profile, "centralbank", ledger.transport("centralbank"))) {
            kept.run(line("init"));
            // relative to the caller's directory: the kept connection's profile (read in the kept process's own
            // directory it would be a profile that does not exist: exit 2)
            CliRun relative = kept.runIn(tmp, "--fabric", "profile.json", "--json", "participant", "list");
            assertThat(relative.exit()).as(relative.err()).isZero();
            // from another directory the same words name another profile: not this connection's
            Files.createDirectories(tmp.resolve("elsewhere"));
            assertThat(kept.runIn(tmp.resolve("elsewhere"), "--fabric", "profile.json", "participant", "list")
                            .exit())
                    .isEqualTo(Relay.NOT_FORWARDED);
            // processes of their own
            assertThat(kept.run(line("serve", "--port", "0")).exit()).isEqualTo(Relay.NOT_FORWARDED);
            assertThat(kept.run(line("connect")).exit()).isEqualTo(Relay.NOT_FORWARDED);
            // another organization: another socket
            assertThat(kept.run(line("--as", "banka", "participant", "list")).exit())
                    .isEqualTo(Relay.NOT_FORWARDED);
        }
    }

    @Test
    void connectNeedsAFabricProfile() {
        ledger.close();
        CliRun r = CliRun.on(ledgerDir, "connect");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("give --fabric PROFILE");
    }

    @Test
    void aSocketNobodyAnswersOrADirectoryOthersMayOpenIsNeverUsed() throws IOException {
        Files.createDirectories(
                dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = Relay.socket(dir, profile, "centralbank");
        try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(socket)); // closed without removing its socket, as by kill -9
        }
        assertThat(socket).exists();
        assertThat(KeptRun.forward(dir, tmp, line("participant", "list")).exit())
                .isEqualTo(Relay.NOT_FORWARDED);

        Transport held = ledger.transport("centralbank");
        try (KeptRun kept = KeptRun.start(dir, profile, "centralbank", held)) { // takes the dead one's place
            assertThat(kept.run(line("init")).exit()).isZero();
            assertThatThrownBy(() -> KeptRun.start(dir, profile, "centralbank", held))
                    .isInstanceOf(BondBridgeException.class)
                    .hasMessageContaining("already listens");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
            assertThat(kept.run(line("participant", "list")).exit()).isEqualTo(Relay.NOT_FORWARDED);
        }
        assertThatThrownBy(() -> KeptRun.start(dir, profile, "centralbank", held))
                .isInstanceOf(BondBridgeException.class)
                .hasMessageContaining("nobody else may open");
    }

    @Test
    void stoppingFinishesCommandsUnderWayAndSendsLaterOnesHome() throws Exception {
        Transport inner = ledger.transport("centralbank");
        CountDownLatch submitting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Transport slow = new Transport() { // holds an account opening until released
                    @Override
                    public TxResult submit(
                            String contract, String function, List<String> args, Map<String, byte[]> data) {
                        if (function.contains("open") || function.contains("Open")) {
                            submitting.countDown();
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return inner.submit(contract, function, args, data);
                    }

                    @Override
                    public String evaluate(
                            String contract, String function, List<String> args, Map<String, byte[]> data) {
                        return inner.evaluate(contract, function, args, data);
                    }

                    @Override
                    public String mspId() {
                        return inner.mspId();
                    }

                    @Override
                    public void close() {}
                };
        KeptRun kept = KeptRun.start(dir, profile, "centralbank", slow);
        assertThat(kept.run(line("init")).exit()).isZero();
        CompletableFuture<CliRun> opening =
                CompletableFuture.supplyAsync(() -> kept.run(line("account", "open", "centralbank:late")));
        assertThat(submitting.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(kept::close);
        for (int i = 0; i < 500 && Files.exists(kept.socket()); i++) {
            Thread.sleep(10);
        }
        assertThat(kept.socket()).doesNotExist();
        assertThat(KeptRun.forward(dir, tmp, line("participant", "list")).exit())
                .isEqualTo(Relay.NOT_FORWARDED);
        assertThat(stopping).isNotDone(); // waits for the account being opened

        release.countDown();
        CliRun opened = opening.get(30, TimeUnit.SECONDS);
        assertThat(opened.exit()).as(opened.err()).isZero();
        stopping.get(30, TimeUnit.SECONDS);
        ledger.close();
        assertThat(CliRun.on(ledgerDir, "account", "show", "centralbank:late").exit())
                .isZero();
    }
}
