package io.bondbridge.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import picocli.CommandLine.Command;

/**
 * The training run behind {@code scripts/bondbridge}'s class-data archive: one JVM runs typical command lines,
 * quietly, and the JVM writes every class they loaded to the archive at exit
 * ({@code -XX:ArchiveClassesAtExit}); later commands map the classes from it instead of loading them from the jar.
 * The lines cover help, usage errors, every subcommand's model, the demo (every feature's submits and queries) on a
 * throw-away embedded ledger, and the Gateway path up to a peer that does not answer (a port where nothing listens).
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
        Path profile = fabricProfile(dir);
        if (profile != null) {
            String fabric = profile.toString();
            lines.add(new String[] {"--fabric", fabric, "--as", "banka", "participant", "list"});
            lines.add(new String[] {"--fabric", fabric, "--as", "banka", "--json", "account", "open", "training"});
        }
        return lines;
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
     * A connection profile for {@code banka} whose peer is a local port where nothing listens, with a throw-away
     * self-signed identity (also its TLS CA); null when one cannot be made.
     */
    static Path fabricProfile(Path dir) {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=User1@banka.bondbridge.local,O=banka.bondbridge.local");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            var certificate = new JcaX509v3CertificateBuilder(
                            subject,
                            BigInteger.ONE,
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(1, ChronoUnit.DAYS)),
                            subject,
                            keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
            Files.writeString(
                    dir.resolve("priv_sk"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            Path profile = dir.resolve("banka.json");
            Files.writeString(
                    profile,
                    "{\"org\":\"banka\",\"mspId\":\"BankAMSP\",\"peerEndpoint\":\"127.0.0.1:" + port + "\","
                            + "\"peerHostOverride\":\"peer0.banka.bondbridge.local\",\"tlsCaCertPath\":\"cert.pem\","
                            + "\"certPath\":\"cert.pem\",\"keyPath\":\"priv_sk\"}",
                    StandardCharsets.UTF_8);
            return profile;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            return null;
        }
    }

    /** PEM of DER bytes: a PKCS#8 private key as {@code PRIVATE KEY}, a certificate as {@code CERTIFICATE}. */
    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
