package io.bondbridge.client.cli;

import com.google.gson.JsonObject;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.http.ApiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the HTTP API of one organization ({@code --as}) over the embedded ledger or Fabric, until stopped.
 * Loopback by default; bound anywhere else it needs TLS and a bearer token, or it does not start (exit 2). Its
 * fields and method signatures name no server type, so picocli's reflection on it loads no server class: those load
 * when {@code serve} runs.
 */
@Command(
        name = "serve",
        description = "Serve the HTTP API (every command as a resource) and the reserve pages, as one organization.")
final class ServeCommand extends CliCommand {
    @Option(names = "--port", paramLabel = "PORT", description = "port (default 8080; 0 picks a free one)")
    int port = 8080;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "address to listen on (default 127.0.0.1); any other needs --tls-keystore and --token-file")
    String bind = "127.0.0.1";

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "a file holding the bearer token every request must send (Authorization: Bearer TOKEN)")
    Path tokenFile;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "PKCS#12 keystore with the server's key and certificate: serve HTTPS")
    Path keystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "a file holding the keystore's password")
    Path passwordFile;

    @Override
    void run(Session s) {
        if (keystore != null && passwordFile == null) {
            throw new UsageException("--tls-keystore needs --tls-password-file");
        }
        if (keystore != null && !Files.isReadable(keystore)) {
            throw new UsageException("--tls-keystore " + keystore + " cannot be read");
        }
        ApiServer.Config config;
        try {
            config = new ApiServer.Config(
                    bind,
                    port,
                    tokenFile == null ? null : secret(tokenFile, "--token-file"),
                    keystore,
                    passwordFile == null ? null : secret(passwordFile, "--tls-password-file"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String refusal = config.refusal();
        if (refusal != null) {
            throw new UsageException("refusing to serve: " + refusal);
        }
        BondBridge bridge = s.bridge();
        ApiServer server;
        try {
            server = ApiServer.start(config, new HttpCommands(bridge.transport(), s.org()), bridge);
        } catch (RuntimeException e) {
            throw new UsageException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        JsonObject json = new JsonObject();
        json.addProperty("url", server.url());
        json.addProperty("org", s.org());
        json.addProperty("openapi", server.url() + "/openapi.json");
        s.print(
                json,
                () -> s.out.printf(
                        "serving %s on %s (OpenAPI at /openapi.json, reserve pages at /reserves/CUR); Ctrl-C stops%n",
                        s.org(), server.url()));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped from within the JVM (a test, an embedding program): close now, the hook is not needed
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
    }

    private static String secret(Path file, String option) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new UsageException(option + " " + file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new UsageException(option + " " + file + " cannot be read: " + e.getMessage());
        }
    }
}
