package io.bondbridge.client.cli;

import com.google.protobuf.ByteString;
import io.grpc.Server;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.peer.Response;
import picocli.CommandLine.Command;

/**
 * The training run behind {@code scripts/bondbridge}'s class-data archive: one JVM runs typical command lines,
 * quietly, and the JVM writes every class they loaded to the archive at exit
 * ({@code -XX:ArchiveClassesAtExit}); later commands map the classes from it instead of loading them from the jar.
 * The lines cover help, usage errors, every subcommand's model, the demo (every feature's submits and queries) on a
 * throw-away embedded ledger, and the Gateway path against a stand-in peer ({@link #standInPeer}).
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
            Server peer = standInPeer(dir);
            if (peer != null) {
                try {
                    for (String[] line : fabricLines(dir, peer.getPort())) {
                        exits.put(String.join(" ", line), quietly(line));
                    }
                } catch (IOException e) {
                    // no profile, no Gateway lines: the archive only lacks their classes
                } finally {
                    peer.shutdownNow();
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

    private static int quietly(String[] line) {
        StringWriter sink = new StringWriter();
        try {
            return Main.run(line, new PrintWriter(sink), new PrintWriter(sink));
        } catch (RuntimeException e) {
            return -1; // a line that fails trains the classes it loaded all the same
        }
    }

    /**
     * A stand-in for banka's peer on a loopback port: TLS as {@code peer0.banka.bondbridge.local} with a throw-away
     * self-signed certificate (written to {@code dir}, also the client's identity and TLS CA), answering the
     * Gateway's Evaluate with no participants and every other call UNIMPLEMENTED, so that the archive holds the TLS
     * handshake's, HTTP/2's and the reply's classes too. Null when one cannot be made.
     */
    static Server standInPeer(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=peer0.banka.bondbridge.local,O=banka.bondbridge.local");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            var certificate = new JcaX509v3CertificateBuilder(
                            subject,
                            BigInteger.ONE,
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(1, ChronoUnit.DAYS)),
                            subject,
                            keys.getPublic())
                    .addExtension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, PEER_HOST)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            Path cert = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
            Path key = Files.writeString(
                    dir.resolve("priv_sk"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            return NettyServerBuilder.forAddress(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                            TlsServerCredentials.create(cert.toFile(), key.toFile()))
                    .addService(new GatewayGrpc.GatewayImplBase() {
                        @Override
                        public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> reply) {
                            reply.onNext(EvaluateResponse.newBuilder()
                                    .setResult(Response.newBuilder()
                                            .setStatus(200)
                                            .setPayload(ByteString.copyFromUtf8("{\"participants\":[]}")))
                                    .build());
                            reply.onCompleted();
                        }
                    })
                    .build()
                    .start();
        } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
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
