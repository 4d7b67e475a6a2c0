package io.bondbridge.client.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code bondbridge serve ... --port 0 --json} run in-process as a user would start it, on a thread of its own;
 * {@link #close()} stops it (interrupts the command, which closes the server and then its ledger).
 */
public final class ServeRun implements AutoCloseable {
    private final Thread thread;
    private final StringWriter out;
    private final String url;
    private final HttpClient client = HttpClient.newHttpClient();
    private volatile int exit = -1;

    private ServeRun(String... args) {
        out = new StringWriter();
        StringWriter err = new StringWriter();
        thread = new Thread(() -> exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
        thread.setDaemon(true);
        thread.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!out.toString().contains("\"url\"")) {
            if (!thread.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("serve did not start (exit " + exit + "): " + out + err);
            }
            sleep();
        }
        url = JsonParser.parseString(out.toString().strip())
                .getAsJsonObject()
                .get("url")
                .getAsString();
    }

    /** Starts {@code bondbridge ARGS serve --port 0 --json} and waits until it listens. */
    public static ServeRun start(String... globalArgs) {
        String[] all = new String[globalArgs.length + 4];
        System.arraycopy(globalArgs, 0, all, 0, globalArgs.length);
        System.arraycopy(new String[] {"serve", "--port", "0", "--json"}, 0, all, globalArgs.length, 4);
        return new ServeRun(all);
    }

    public String url() {
        return url;
    }

    /** A status and the JSON answer. */
    public record Reply(int status, JsonObject json) {}

    public Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url + pathAndQuery)).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), JsonParser.parseString(r.body()).getAsJsonObject());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the command; returns its exit code. */
    public int stop() {
        thread.interrupt();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exit;
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
