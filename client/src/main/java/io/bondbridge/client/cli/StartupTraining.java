package io.bondbridge.client.cli;

import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import io.bondbridge.client.transport.StandInPeer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * The training run behind {@code scripts/bondbridge}'s class-data archive: one JVM runs typical command lines,
 * quietly, and the JVM writes every class they loaded to the archive at exit
 * ({@code -XX:ArchiveClassesAtExit}); later commands map the classes from it instead of loading them from the jar.
 * The lines cover help, usage errors, every subcommand's model, the demo (every feature's submits and queries) on a
 * throw-away embedded ledger, and the Gateway path against a stand-in peer ({@link #standInPeer}), in a process of
 * its own and through a kept connection ({@code connect}).
 * Nothing outside a temporary directory is touched.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) {
        Map<String, Integer> exits = run();
        if (args.length > 0 && args[0].equals("--verbose")) {
            exits.forEach((line, exit) -> System.out.println(exit + "  " + line));
        }
    }

    /** Runs the training lines; returns each line (joined by spaces) with its exit code. */
    static Map<String, Integer> run() {
        Path dir;
        try {
            dir = Files.createTempDirectory("bondbridge-training-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<String, Integer> exits = new LinkedHashMap<>();
            for (String[] line : lines(dir)) {
                exits.put(String.join(" ", line), quietly(line));
            }
            StandInPeer peer = standInPeer(dir);
            if (peer != null) {
                try (peer) {
                    for (String[] line : fabricLines(dir, peer.port())) {
                        exits.put(String.join(" ", line), quietly(line));
                    }
                    String[] kept = fabricLines(dir, peer.port()).get(0);
                    exits.put("(kept) " + String.join(" ", kept), throughKeptConnection(dir, kept));
                } catch (IOException e) {
                    // no profile, no Gateway lines: the archive only lacks their classes
                }
            }
            return exits;
        } finally {
            delete(dir);
        }
    }

    private static List<String[]> lines(Path dir) {
        String story = dir.resolve("story").toString();
        String json = dir.resolve("json").toString();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"--version"});
        lines.add(new String[] {"--help"});
        for (Class<?> subcommand : Main.SUBCOMMANDS) {
            lines.add(new String[] {subcommand.getAnnotation(Command.class).name(), "--help"});
        }
        lines.add(new String[] {"stable", "mint", "CNY", "--to", "banka:main", "--amount", "not-a-number"});
        lines.add(new String[] {"--ledger", story, "demo"});
        lines.add(new String[] {"--ledger", json, "--json", "demo"});
        lines.add(new String[] {"--ledger", story, "participant", "list"});
        lines.add(new String[] {"--ledger", story, "--as", "banka", "stable", "balance"});
        lines.add(new String[] {"--ledger", json, "--json", "--as", "banka", "stable", "balance"});
        lines.add(new String[] {"--ledger", story, "--as", "banka", "account", "open", "training"});
        lines.add(new String[] {"--ledger", json, "--json", "--as", "banka", "account", "open", "training"});
        lines.add(new String[] {
            "--ledger",
            story,
            "--as",
            "banka",
            "stable",
            "redeem",
            "CNY",
            "--from",
            "banka:main",
            "--amount",
            "1000000000000"
        });
        lines.add(new String[] {"--ledger", story, "bond", "holdings"});
        lines.add(new String[] {"--ledger", story, "--as", "regulator", "audit", "reserves", "CNY"});
        lines.add(new String[] {"--ledger", story, "payment", "list"});
        return lines;
    }

    /** The Gateway path: a query the stand-in peer answers, a submit it refuses. */
    private static List<String[]> fabricLines(Path dir, int port) throws IOException {
        String fabric = fabricProfile(dir, port).toString();
        return List.of(
                new String[] {"--fabric", fabric, "--as", "banka", "participant", "list"},
                new String[] {"--fabric", fabric, "--as", "banka", "--json", "account", "open", "training"});
    }

    /** {@code line} sent by the relay ({@link Relay}) to a kept connection, as a later command would send it. */
    private static int throughKeptConnection(Path dir, String[] line) {
        Path profile = Path.of(line[1]);
        Path sockets = dir.resolve("connections");
        try (GatewayTransport transport = GatewayTransport.connect(FabricProfile.load(profile, line[3]));
                KeptConnection kept = KeptConnection.open(sockets, profile, line[3], transport)) {
            OutputStream sink = OutputStream.nullOutputStream();
            return Relay.forward(line, sockets, Path.of("").toAbsolutePath(), sink, sink, false);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int quietly(String[] line) {
        StringWriter sink = new StringWriter();
        try {
            return Main.run(line, new PrintWriter(sink), new PrintWriter(sink));
        } catch (RuntimeException e) {
            return -1; // a line that fails trains the classes it loaded all the same
        }
    }

    /**
     * A stand-in for banka's peer ({@link StandInPeer}, its certificate and key written to {@code dir}) answering
     * Evaluate with no participants, so that the archive holds the TLS handshake's, HTTP/2's and the reply's classes
     * too. Null when one cannot be made.
     */
    static StandInPeer standInPeer(Path dir) {
        try {
            return StandInPeer.start(dir, PEER_HOST, "{\"participants\":[]}");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static final String PEER_HOST = "peer0.banka.bondbridge.local";

    /** A connection profile for {@code banka} whose peer is the stand-in on {@code port}. */
    static Path fabricProfile(Path dir, int port) throws IOException {
        return Files.writeString(
                dir.resolve("banka.json"),
                "{\"org\":\"banka\",\"mspId\":\"BankAMSP\",\"peerEndpoint\":\"127.0.0.1:" + port + "\","
                        + "\"peerHostOverride\":\"" + PEER_HOST + "\",\"tlsCaCertPath\":\"cert.pem\","
                        + "\"certPath\":\"cert.pem\",\"keyPath\":\"priv_sk\"}",
                StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
