package io.bondbridge.client.http;

import java.util.List;
import java.util.Objects;

/**
 * One resource of the API: a CLI command as {@code GET} (it only reads) or {@code POST} (it submits a transaction).
 *
 * @param method {@code GET} or {@code POST}
 * @param path {@code /} and the command's words, e.g. {@code /stable/mint}
 * @param summary the command's one-line description
 * @param params what the request may carry: query parameters of a GET, fields of a POST's JSON object
 */
public record Route(String method, String path, String summary, List<Param> params) {
    public static final String GET = "GET";
    public static final String POST = "POST";

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!method.equals(GET) && !method.equals(POST)) {
            throw new IllegalArgumentException("method " + method);
        }
        params = List.copyOf(params);
    }

    /** The parameter named {@code name}, or null. */
    public Param param(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A request parameter.
     *
     * @param name camelCase, e.g. {@code currency} (the CLI's CURRENCY) or {@code asOf} (its {@code --as-of})
     * @param kind what it is on the command line
     * @param required whether the command needs it
     * @param label the CLI's value label, e.g. {@code INSTANT|TXID}
     * @param description the CLI's help text, or empty
     */
    public record Param(String name, Kind kind, boolean required, String label, String description) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** How a parameter's value is written. */
    public enum Kind {
        /** one string (numbers as decimal strings or JSON numbers, written as they are) */
        VALUE,
        /** a boolean flag */
        FLAG,
        /** a list of strings (a repeatable option) */
        LIST,
        /** an object of string values (an option written {@code KEY=VALUE}, repeatable) */
        MAP
    }
}
