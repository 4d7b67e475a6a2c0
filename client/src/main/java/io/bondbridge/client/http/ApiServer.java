package io.bondbridge.client.http;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.transport.BondBridgeException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTP server of {@code bondbridge serve} (Javalin on Jetty). Every {@link Route} of the {@link Commands} table
 * is served at its path; {@code GET /openapi.json} describes them; {@code GET /reserves/CUR} is the reserve page.
 *
 * <p>Requests: a GET's parameters in the query string, a POST's in one JSON object (at most {@link #MAX_BODY}
 * bytes). Malformed JSON, an unknown field or a value of the wrong shape is {@code 400 USAGE} and nothing is sent to
 * the ledger. Answers are the JSON the CLI prints with {@code --json}; failures are {@code
 * {"error":{"code","message"}}} with the status of {@link #status(String)}.
 *
 * <p>Access: bound to a loopback address by default. Bound anywhere else it must have TLS (a PKCS#12 keystore) and a
 * bearer token, or it does not start; with a token every request needs {@code Authorization: Bearer TOKEN} (401
 * otherwise, before anything is parsed or sent).
 */
public final class ApiServer implements AutoCloseable {
    /** Largest request body accepted (64 KiB): a command's arguments are a few hundred bytes. */
    public static final int MAX_BODY = 64 * 1024;

    private static final Gson GSON = new Gson();

    private final Javalin app;
    private final Config config;

    private ApiServer(Javalin app, Config config) {
        this.app = app;
        this.config = config;
    }

    /**
     * How the server listens.
     *
     * @param host address to bind, e.g. {@code 127.0.0.1}
     * @param port port, 0 for any free one
     * @param token the bearer token every request must carry, or null (loopback only)
     * @param keystore PKCS#12 keystore with the server's key and certificate, or null for plain HTTP (loopback only)
     * @param keystorePassword its password
     */
    public record Config(String host, int port, String token, Path keystore, String keystorePassword) {
        public Config {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is outside 0..65535");
            }
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("the token is empty");
            }
            if (keystore != null && keystorePassword == null) {
                throw new IllegalArgumentException("a keystore needs its password");
            }
        }

        public static Config loopback(int port) {
            return new Config("127.0.0.1", port, null, null, null);
        }

        /**
         * Why this configuration must not start, or null. Off loopback, the API moves money for an organization: it
         * needs TLS (so the token and the answers are not read on the wire) and a token (so not everyone who reaches
         * the port acts as the organization).
         */
        /** Whether it is bound to a loopback address. */
        public boolean loopback() {
            return loopback(host);
        }

        public String refusal() {
            if (loopback(host)) {
                return null;
            }
            if (keystore == null || token == null) {
                return "bound to " + host + " (not a loopback address) the API needs TLS (--tls-keystore) and a"
                        + " bearer token (--token-file)";
            }
            return null;
        }

        private static boolean loopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }

    /** Starts serving {@code commands} and the reserve pages of {@code bridge}'s ledger. */
    public static ApiServer start(Config config, Commands commands, BondBridge bridge) {
        String refusal = config.refusal();
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        List<Route> routes = commands.routes();
        String openapi = Json.write(OpenApi.document(routes));
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = MAX_BODY;
            cfg.jetty.defaultHost = config.host();
            cfg.jetty.defaultPort = config.port();
            if (config.keystore() != null) {
                cfg.jetty.addConnector((server, http) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(config.keystore().toAbsolutePath().toString());
                    ssl.setKeyStoreType("PKCS12");
                    ssl.setKeyStorePassword(config.keystorePassword());
                    http.addCustomizer(new SecureRequestCustomizer(false));
                    ServerConnector tls = new ServerConnector(
                            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
                    tls.setHost(config.host());
                    tls.setPort(config.port());
                    return tls;
                });
            }
            cfg.router.mount(r -> {
                r.before(ctx -> {
                    if (config.loopback()) {
                        requireLoopbackHost(ctx);
                    }
                    authorize(ctx, config.token());
                });
                for (Route route : routes) {
                    if (route.method().equals(Route.GET)) {
                        r.get(route.path(), ctx -> serve(ctx, route, commands));
                    } else {
                        r.post(route.path(), ctx -> serve(ctx, route, commands));
                    }
                }
                r.get(OpenApi.PATH, ctx -> ctx.contentType("application/json").result(openapi));
                r.get(ReservePage.PATH, ctx -> reservePage(ctx, bridge));
                r.get("/", ctx -> ctx.redirect(OpenApi.PATH));
                r.error(404, ctx -> {
                    if (ctx.attribute(REPLIED) == null) {
                        reply(
                                ctx,
                                Commands.Reply.error(
                                        NO_ROUTE,
                                        ctx.method() + " " + ctx.path() + " is not a resource (see " + OpenApi.PATH
                                                + ")"));
                        ctx.status(404);
                    }
                });
                r.error(405, ctx -> {
                    if (ctx.attribute(REPLIED) == null) {
                        reply(ctx, Commands.Reply.error("USAGE", ctx.method() + " " + ctx.path() + " is not allowed"));
                        ctx.status(405);
                    }
                });
                r.exception(Exception.class, (e, ctx) -> {
                    reply(ctx, Commands.Reply.error("INTERNAL", String.valueOf(e)));
                    ctx.status(500);
                });
            });
        });
        app.start();
        return new ApiServer(app, config);
    }

    /** The code of the 404 answer for a path that is no resource (a resource's own 404 is NOT_FOUND). */
    public static final String NO_ROUTE = "NO_SUCH_RESOURCE";

    /** The port it listens on (the one chosen when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Its base URL, e.g. {@code https://0.0.0.0:8443}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return (config.keystore() == null ? "http" : "https") + "://" + host + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * The HTTP status of an error code: 400 bad usage, 401 no or wrong token, 403 FORBIDDEN, 404 NOT_FOUND, 409
     * CONFLICT and ALREADY_EXISTS, 413 a body over {@link #MAX_BODY}, 415 a POST that is not JSON, 422 a rule of policy or funds (INSUFFICIENT_FUNDS, POLICY_VIOLATION, FROZEN,
     * LIMIT_EXCEEDED, EXPIRED), 503 the ledger cannot be reached, 500 anything else.
     */
    public static int status(String code) {
        if (code == null) {
            return 200;
        }
        return switch (code) {
            case "USAGE", "INVALID_ARGUMENT" -> 400;
            case "UNAUTHORIZED" -> 401;
            case "FORBIDDEN" -> 403;
            case "NOT_FOUND", NO_ROUTE -> 404;
            case "CONFLICT", "ALREADY_EXISTS" -> 409;
            case "TOO_LARGE" -> 413;
            case "UNSUPPORTED_MEDIA_TYPE" -> 415;
            case "INSUFFICIENT_FUNDS", "POLICY_VIOLATION", "FROZEN", "LIMIT_EXCEEDED", "EXPIRED" -> 422;
            case "UNAVAILABLE" -> 503;
            default -> 500;
        };
    }

    /**
     * On loopback the browser of the machine's user is the one client that could be tricked into calling the API: a
     * web page whose host name resolves to 127.0.0.1 (DNS rebinding) would be same-origin with it. Such a request
     * carries that foreign name in {@code Host}; only loopback names are answered.
     */
    private static void requireLoopbackHost(Context ctx) {
        String host = ctx.host();
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
        if (!name.equals("127.0.0.1") && !name.equals("localhost") && !name.equals("[::1]")) {
            reply(
                    ctx,
                    Commands.Reply.error(
                            "FORBIDDEN",
                            "Host '" + host + "' is not a loopback name: this server answers 127.0.0.1, localhost"
                                    + " and [::1] only"));
            ctx.skipRemainingHandlers();
        }
    }

    private static void authorize(Context ctx, String token) {
        if (token == null || ctx.attribute(REPLIED) != null) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header == null || !header.startsWith("Bearer ")
                ? new byte[0]
                : header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        // constant time: the comparison must not tell how much of a guess was right
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            reply(
                    ctx,
                    Commands.Reply.error(
                            "UNAUTHORIZED",
                            header == null ? "a bearer token is required" : "the bearer token is not valid"));
            ctx.skipRemainingHandlers();
        }
    }

    private static void serve(Context ctx, Route route, Commands commands) {
        Map<String, List<String>> params;
        try {
            params = route.method().equals(Route.GET) ? query(ctx, route) : body(ctx, route);
        } catch (BadRequest e) {
            reply(ctx, Commands.Reply.error(e.code, e.getMessage()));
            return;
        }
        reply(ctx, commands.run(route, params));
    }

    /** Set on a request this server answered itself, so the 404/405 fallbacks leave its answer alone. */
    private static final String REPLIED = "bondbridge.replied";

    private static void reply(Context ctx, Commands.Reply reply) {
        ctx.attribute(REPLIED, Boolean.TRUE);
        ctx.status(status(reply.errorCode()));
        ctx.contentType("application/json");
        ctx.result(Json.write(reply.body()));
    }

    private static void reservePage(Context ctx, BondBridge bridge) {
        String currency = ctx.pathParam("currency");
        try {
            Currencies.require(currency);
        } catch (LedgerException e) {
            reply(ctx, Commands.Reply.error("USAGE", e.detail()));
            return;
        }
        try {
            ctx.contentType("text/html; charset=utf-8").result(ReservePage.html(bridge, currency));
        } catch (BondBridgeException e) {
            reply(ctx, Commands.Reply.error(e.code().name(), e.getMessage()));
        }
    }

    /** A request the server refuses before the ledger sees it. */
    private static final class BadRequest extends Exception {
        final String code;

        BadRequest(String code, String message) {
            super(message);
            this.code = code;
        }

        BadRequest(String message) {
            this("USAGE", message);
        }
    }

    private static Map<String, List<String>> query(Context ctx, Route route) throws BadRequest {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
            Route.Param p = known(route, e.getKey());
            List<String> values = e.getValue();
            if (p.kind() != Route.Kind.LIST && p.kind() != Route.Kind.MAP && values.size() > 1) {
                throw new BadRequest("'" + e.getKey() + "' is given " + values.size() + " times; it takes one value");
            }
            if (p.kind() == Route.Kind.FLAG && !values.get(0).matches("true|false|")) {
                throw new BadRequest("'" + e.getKey() + "' is a flag: true or false, not '" + values.get(0) + "'");
            }
            params.put(e.getKey(), List.copyOf(values));
        }
        return params;
    }

    private static Map<String, List<String>> body(Context ctx, Route route) throws BadRequest {
        // JSON only: a web page can send a form or text/plain to 127.0.0.1 without asking (no CORS preflight), never
        // application/json, so a page the user visits cannot submit transactions through a loopback server
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals("application/json") && !type.startsWith("application/json;")) {
            throw new BadRequest(
                    "UNSUPPORTED_MEDIA_TYPE",
                    "a POST must be Content-Type: application/json (was " + (type.isEmpty() ? "none" : type) + ")");
        }
        String text = readBody(ctx);
        if (text.isBlank()) {
            return Map.of();
        }
        JsonElement parsed;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            parsed = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new BadRequest("the body has more after its JSON object");
            }
        } catch (IOException | RuntimeException e) {
            throw new BadRequest("the body is not valid JSON: " + e.getMessage());
        }
        if (!parsed.isJsonObject()) {
            throw new BadRequest("the body must be one JSON object, e.g. {\"amount\": \"100.00\"}");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : parsed.getAsJsonObject().entrySet()) {
            Route.Param p = known(route, e.getKey());
            if (e.getValue().isJsonNull()) {
                continue;
            }
            params.put(e.getKey(), values(p, e.getValue()));
        }
        return params;
    }

    private static Route.Param known(Route route, String name) throws BadRequest {
        Route.Param p = route.param(name);
        if (p == null) {
            List<String> names = new ArrayList<>();
            route.params().forEach(q -> names.add(q.name()));
            throw new BadRequest("unknown field '" + name + "' for " + route.method() + " " + route.path()
                    + (names.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", names)));
        }
        return p;
    }

    private static List<String> values(Route.Param p, JsonElement v) throws BadRequest {
        String shape =
                switch (p.kind()) {
                    case VALUE -> "a string or a number";
                    case FLAG -> "true or false";
                    case LIST -> "a list of strings";
                    case MAP -> "an object of strings, e.g. {\"CASH\": \"0\"}";
                };
        List<String> out = new ArrayList<>();
        switch (p.kind()) {
            case VALUE -> out.add(scalar(v, p, shape));
            case FLAG -> {
                if (!(v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean())) {
                    throw new BadRequest("'" + p.name() + "' must be " + shape);
                }
                out.add(String.valueOf(v.getAsBoolean()));
            }
            case LIST -> {
                if (v.isJsonArray()) {
                    for (JsonElement item : (JsonArray) v) {
                        out.add(scalar(item, p, shape));
                    }
                } else {
                    out.add(scalar(v, p, shape));
                }
            }
            case MAP -> {
                if (!v.isJsonObject()) {
                    throw new BadRequest("'" + p.name() + "' must be " + shape);
                }
                for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
                    out.add(e.getKey() + "=" + scalar(e.getValue(), p, shape));
                }
            }
        }
        return out;
    }

    /** A string or a number, as written: {@code 1250000.00} stays that text (no double in between). */
    private static String scalar(JsonElement v, Route.Param p, String shape) throws BadRequest {
        if (v.isJsonPrimitive() && !((JsonPrimitive) v).isBoolean()) {
            return v.getAsString();
        }
        throw new BadRequest("'" + p.name() + "' must be " + shape);
    }

    private static String readBody(Context ctx) throws BadRequest {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw tooLarge(-1);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadRequest("the body could not be read: " + e.getMessage());
        }
    }

    private static BadRequest tooLarge(long declared) {
        return new BadRequest(
                "TOO_LARGE",
                "the body " + (declared > 0 ? "is " + declared + " bytes" : "is larger than the limit") + "; at most "
                        + MAX_BODY + " bytes are accepted");
    }
}
