package io.bondbridge.client.cli;

import com.google.gson.JsonObject;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.http.ApiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** What {@link ServeCommand} does: checks its options, starts the server on the session's ledger, waits. */
final class Serving {
    private Serving() {}

    static void run(ServeCommand c, Session s) {
        if (c.keystore != null && c.passwordFile == null) {
            throw new UsageException("--tls-keystore needs --tls-password-file");
        }
        if (c.keystore != null && !Files.isReadable(c.keystore)) {
            throw new UsageException("--tls-keystore " + c.keystore + " cannot be read");
        }
        ApiServer.Config config;
        try {
            config = new ApiServer.Config(
                    c.bind,
                    c.port,
                    c.tokenFile == null ? null : secret(c.tokenFile, "--token-file"),
                    c.keystore,
                    c.passwordFile == null ? null : secret(c.passwordFile, "--tls-password-file"));
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
            throw new UsageException("cannot listen on " + c.bind + ":" + c.port + ": " + e.getMessage());
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
