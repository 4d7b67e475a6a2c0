package io.bondbridge.client.http;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The table that drives the server: every resource, and how to run one. The CLI provides it from its own command
 * model, so a new command is a new resource without a line here.
 */
public interface Commands {
    /** Every resource, in a stable order. */
    List<Route> routes();

    /**
     * Runs {@code route} with {@code params} (names of {@link Route#params()}, each with its values in order; a
     * {@link Route.Kind#MAP} value is {@code KEY=VALUE}) and returns what the CLI prints with {@code --json}.
     */
    Reply run(Route route, Map<String, List<String>> params);

    /**
     * A command's answer.
     *
     * @param body the JSON object ({@code {"error":{"code","message"}}} on failure)
     * @param errorCode null when it succeeded; {@code USAGE} for bad input caught before anything was sent, else an
     *     {@code ErrorCode} name
     */
    record Reply(JsonObject body, String errorCode) {
        public static Reply error(String code, String message) {
            JsonObject error = new JsonObject();
            error.addProperty("code", code);
            error.addProperty("message", message);
            JsonObject body = new JsonObject();
            body.add("error", error);
            return new Reply(body, code);
        }
    }
}
