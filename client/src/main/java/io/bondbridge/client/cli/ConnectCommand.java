package io.bondbridge.client.cli;

import io.bondbridge.client.BondBridge;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/**
 * {@code connect}: keeps one organization's Gateway connection open, in the foreground, until stopped; meanwhile
 * commands naming the same {@code --fabric} and {@code --as} run through it ({@link KeptConnection}, {@link Relay})
 * instead of loading gRPC and shaking hands in a JVM of their own. What OpenSSH's ControlMaster does for ssh.
 */
@Command(
        name = "connect",
        description = {
            "Keep this organization's Fabric connection open until stopped (Ctrl-C): meanwhile commands with the same"
                    + " --fabric and --as run through it and answer in a fraction of the time.",
            "Prints one line (with --json one object) once the peer has answered."
        })
final class ConnectCommand extends CliCommand {
    @Override
    void run(Session s) {
        if (s.options.fabric == null) {
            throw new UsageException("connect keeps a Fabric connection open: give --fabric PROFILE");
        }
        BondBridge bridge = s.bridge();
        bridge.governance().participants(); // the peer answers now, or this fails here (exit 3), not a later command
        KeptConnection kept = KeptConnection.open(Relay.directory(), s.options.fabric, s.org(), bridge.transport());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kept.close(); // no new commands; those under way finish on the still open connection
            stopped.countDown();
        }));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("org", s.org());
        result.put("profile", kept.profile().toString());
        result.put("socket", kept.socket().toString());
        s.print(
                result,
                () -> s.out.println("connected as " + s.org() + " to " + kept.profile()
                        + ": commands with the same --fabric and --as now run through this process (stop it with"
                        + " Ctrl-C)"));
        try {
            stopped.await(); // until the JVM is told to stop; its shutdown hooks then close the socket
        } catch (InterruptedException e) {
            kept.close();
            Thread.currentThread().interrupt();
        }
    }
}
