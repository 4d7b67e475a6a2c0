package io.bondbridge.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.transport.StandInPeer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * What keeps a command quick to start: only the subcommand it names is built, the embedded path loads neither the
 * shim's contract router nor gRPC, Bouncy Castle or the class-path scanner, the Gateway path no chaincode; and the
 * training run behind the class-data archive keeps working.
 */
class StartupTest {
    @TempDir
    Path tmp;

    @Test
    void buildsOnlyTheSubcommandALineNames() {
        assertThat(Main.subcommandsFor(new String[] {"stable", "balance"})).containsExactly(StableCommands.Group.class);
        // a global option's value is not the command, even when it spells one
        assertThat(Main.subcommandsFor(new String[] {"--ledger", "bond", "--as", "audit", "stable", "balance"}))
                .containsExactly(StableCommands.Group.class);
        assertThat(Main.subcommandsFor(new String[] {"--ledger=bond", "--json", "bond", "show", "S"}))
                .containsExactly(BondCommands.Group.class);
        assertThat(Main.subcommandsFor(new String[] {"--version"})).isEmpty();
    }

    @Test
    void buildsEverySubcommandWhenTheLineNamesNone() {
        assertThat(Main.subcommandsFor(new String[] {})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"--help"})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"--version", "--help"})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"--json", "nosuchcommand"}))
                .isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"--", "stable"})).isEqualTo(Main.SUBCOMMANDS);
    }

    @Test
    void helpStillListsEveryCommandAndVersionStillAnswers() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        for (Class<?> subcommand : Main.SUBCOMMANDS) {
            assertThat(help.out())
                    .contains(subcommand.getAnnotation(Command.class).name());
        }
        CliRun version = CliRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("bondbridge ");
        CliRun unknown = CliRun.of("--json", "nosuchcommand");
        assertThat(unknown.exit()).isEqualTo(Main.USAGE);
        assertThat(unknown.json().getAsJsonObject("error").get("message").getAsString())
                .contains("nosuchcommand");
    }

    @Test
    void anEmbeddedCommandLoadsNoRouterScanGrpcOrBouncyCastle() throws Exception {
        Child run = child("--ledger", tmp.resolve("ledger").toString(), "--json", "init");
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.loaded).contains("io.bondbridge.chaincode.contract.GovernanceContract");
        // The shim's ClientIdentity names its logger after ContractRouter, which loads that class (and its base
        // class) without running them; the scans, the router's registry and the Bouncy Castle provider its base
        // class registers when initialised must stay away.
        assertThat(run.loaded)
                .noneMatch(c -> c.startsWith("io.github.classgraph."))
                .noneMatch(c -> c.startsWith("io.grpc."))
                .noneMatch(c -> c.startsWith("org.bouncycastle."))
                .doesNotContain("org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl");
    }

    @Test
    void aGatewayCommandLoadsNoChaincodeAndNoContractRouter() throws Exception {
        StandInPeer peer = StartupTraining.standInPeer(tmp);
        assertThat(peer).isNotNull();
        Path profile = StartupTraining.fabricProfile(tmp, peer.port());
        Child run;
        try (peer) {
            run = child("--fabric", profile.toString(), "--as", "banka", "--json", "participant", "list");
        }
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output.strip()).isEqualTo("{\"participants\":[]}");
        assertThat(run.loaded).contains("io.bondbridge.client.transport.GatewayTransport");
        assertThat(run.loaded)
                .noneMatch(c -> c.startsWith("io.bondbridge.chaincode."))
                .noneMatch(c -> c.startsWith("io.bondbridge.client.embedded."))
                .noneMatch(c -> c.startsWith("org.hyperledger.fabric.contract."))
                .noneMatch(c -> c.startsWith("io.github.classgraph."))
                .doesNotContain("org.hyperledger.fabric.shim.ChaincodeBase");

        // the peer gone: exit 3, and stdout is the one JSON object, no gRPC log line beside it
        Child down = child("--fabric", profile.toString(), "--as", "banka", "--json", "participant", "list");
        assertThat(down.exit).as(down.output).isEqualTo(Main.UNREACHABLE);
        assertThat(down.output.strip().lines())
                .singleElement()
                .asString()
                .startsWith("{\"error\":{\"code\":\"UNAVAILABLE\"");
    }

    @Test
    void aCommandOfAKeptConnectionsProfileRunsThroughItWithoutLoadingGrpc() throws Exception {
        StandInPeer peer = StartupTraining.standInPeer(tmp);
        assertThat(peer).isNotNull();
        Path profile = StartupTraining.fabricProfile(tmp, peer.port());
        Path runtime = Files.createDirectories(tmp.resolve("runtime"));
        try (peer) {
            List<String> connect = java(List.of("--fabric", profile.toString(), "--as", "banka", "connect"));
            ProcessBuilder builder = new ProcessBuilder(connect).redirectErrorStream(true);
            builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
            Process kept = builder.start();
            try {
                String ready = new java.io.BufferedReader(
                                new java.io.InputStreamReader(kept.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                assertThat(ready).startsWith("connected as banka to " + profile);

                Child relayed = child(
                        runtime, "--fabric", profile.toString(), "--as", "banka", "--json", "participant", "list");
                assertThat(relayed.exit).as(relayed.output).isZero();
                assertThat(relayed.output.strip()).isEqualTo("{\"participants\":[]}");
                assertThat(relayed.loaded)
                        .noneMatch(c -> c.startsWith("io.grpc."))
                        .noneMatch(c -> c.startsWith("picocli.CommandLine$Model"));
            } finally {
                kept.destroy(); // SIGTERM, as Ctrl-C or kill would
                assertThat(kept.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            try (var sockets = Files.list(runtime.resolve("bondbridge-" + System.getProperty("user.name")))) {
                assertThat(sockets).isEmpty(); // removed on the way out
            }
            // and without it, the command connects by itself as before
            Child alone =
                    child(runtime, "--fabric", profile.toString(), "--as", "banka", "--json", "participant", "list");
            assertThat(alone.exit).as(alone.output).isZero();
            assertThat(alone.loaded).anyMatch(c -> c.startsWith("io.grpc."));
        }
        // no peer to keep a connection to: connect says so and leaves nothing listening
        Child unreachable = child(runtime, "--fabric", profile.toString(), "--as", "banka", "--json", "connect");
        assertThat(unreachable.exit).as(unreachable.output).isEqualTo(Main.UNREACHABLE);
        assertThat(unreachable.output).startsWith("{\"error\":{\"code\":\"UNAVAILABLE\"");
        try (var sockets = Files.list(runtime.resolve("bondbridge-" + System.getProperty("user.name")))) {
            assertThat(sockets).isEmpty();
        }
    }

    /** A command run in a JVM of its own, as a user runs it: its exit code, stdout and the classes it loaded. */
    private record Child(int exit, String output, List<String> loaded) {}

    private List<String> java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + tmp.resolve("classes.log"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private Child child(String... args) throws IOException, InterruptedException {
        return child(null, args);
    }

    /** {@link #child(String...)} with {@code XDG_RUNTIME_DIR} set to {@code runtime} (where kept connections listen). */
    private Child child(Path runtime, String... args) throws IOException, InterruptedException {
        Path output = tmp.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(java(List.of(args)))
                .redirectOutput(output.toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile());
        if (runtime != null) {
            builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        }
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(tmp.resolve("classes.log"), StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            for (int i = 0; i + 1 < parts.length; i++) {
                if (parts[i].endsWith("[class,load]")) {
                    loaded.add(parts[i + 1]);
                }
            }
        }
        return new Child(process.exitValue(), Files.readString(output), loaded);
    }

    @Test
    void theTrainingRunsTheDemoQueriesSubmitsAndTheGatewayPath() {
        Map<String, Integer> exits = StartupTraining.run();
        assertThat(exits).hasSizeGreaterThan(Main.SUBCOMMANDS.size());
        exits.forEach((line, exit) -> {
            if (line.contains("demo") && line.startsWith("--ledger")) {
                assertThat(exit).as(line).isZero();
            }
            if (line.startsWith("--fabric") && line.endsWith("participant list")) {
                assertThat(exit).as(line).isZero(); // the stand-in peer answered, over TLS
            }
        });
        assertThat(exits.keySet()).anyMatch(l -> l.contains("account open")).anyMatch(l -> l.startsWith("--fabric"));
    }

    @Test
    void progressGoesToStderrOnlyWhenAskedAndNeverWithJson() {
        Path ledger = tmp.resolve("demo");
        String before = System.getProperty("bondbridge.progress");
        System.setProperty("bondbridge.progress", "true");
        try {
            CliRun r = CliRun.on(ledger, "demo");
            assertThat(r.exit()).as(r.err()).isZero();
            // one line per chapter as it starts, then one at the end
            int chapters = io.bondbridge.client.cli.demo.Demo.CHAPTERS.size();
            assertThat(r.err().lines().filter(l -> l.startsWith("bondbridge demo: ")))
                    .hasSize(chapters + 1)
                    .first()
                    .asString()
                    .startsWith("bondbridge demo: [1/" + chapters + "] Participants and accounts (");
            assertThat(r.out()).doesNotContain("bondbridge demo: [");

            GlobalOptions json = new GlobalOptions();
            json.json = true;
            StringWriter err = new StringWriter();
            Session s = new Session(json, new PrintWriter(new StringWriter()), new PrintWriter(err), x -> null);
            Progress quiet = Progress.of(s, "demo");
            quiet.step(1, 1, "anything");
            quiet.done("all");
            assertThat(quiet.on()).isFalse();
            assertThat(err.toString()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("bondbridge.progress");
            } else {
                System.setProperty("bondbridge.progress", before);
            }
        }
        System.clearProperty("bondbridge.progress");
        StringWriter err = new StringWriter();
        Progress off = Progress.of(
                new Session(new GlobalOptions(), new PrintWriter(new StringWriter()), new PrintWriter(err), x -> null),
                "demo");
        off.step(1, 1, "anything");
        assertThat(err.toString()).isEmpty();
    }
}
