package io.bondbridge.client.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The OpenAPI 3.0 document of the API, generated from the same {@link Route} table the server serves, so the two
 * cannot drift apart (a test checks both ways).
 */
public final class OpenApi {
    public static final String PATH = "/openapi.json";

    private OpenApi() {}

    /** Every route, the reserve page and this document. */
    public static JsonObject document(List<Route> routes) {
        JsonObject doc = new JsonObject();
        doc.addProperty("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.addProperty("title", "bondbridge");
        info.addProperty(
                "description",
                "Every bondbridge command as a resource, acting as the organization the server was started as: GET"
                        + " for queries (parameters in the query string), POST for submissions (one JSON object)."
                        + " Answers are what `bondbridge --json` prints.");
        info.addProperty("version", "1");
        doc.add("info", info);
        JsonObject paths = new JsonObject();
        for (Route r : routes) {
            JsonObject item = new JsonObject();
            item.add(r.method().toLowerCase(java.util.Locale.ROOT), operation(r));
            paths.add(r.path(), item);
        }
        paths.add(ReservePage.OPENAPI_PATH, reservePage());
        JsonObject self = new JsonObject();
        JsonObject get = new JsonObject();
        get.addProperty("summary", "This document.");
        get.addProperty("operationId", "openapi");
        get.add("responses", responses(false));
        self.add("get", get);
        paths.add(PATH, self);
        doc.add("paths", paths);
        JsonObject schemes = new JsonObject();
        JsonObject bearer = new JsonObject();
        bearer.addProperty("type", "http");
        bearer.addProperty("scheme", "bearer");
        schemes.add("bearer", bearer);
        JsonObject components = new JsonObject();
        components.add("securitySchemes", schemes);
        components.add("schemas", schemas());
        doc.add("components", components);
        JsonArray security = new JsonArray();
        security.add(new JsonObject()); // none on loopback
        JsonObject withBearer = new JsonObject();
        withBearer.add("bearer", new JsonArray());
        security.add(withBearer);
        doc.add("security", security);
        return doc;
    }

    private static JsonObject operation(Route r) {
        JsonObject op = new JsonObject();
        op.addProperty("summary", r.summary());
        op.addProperty("operationId", r.path().substring(1).replace('/', '_'));
        if (r.method().equals(Route.GET)) {
            JsonArray parameters = new JsonArray();
            for (Route.Param p : r.params()) {
                JsonObject q = new JsonObject();
                q.addProperty("name", p.name());
                q.addProperty("in", "query");
                q.addProperty("required", p.required());
                q.addProperty("description", describe(p));
                q.add("schema", schema(p));
                if (p.kind() == Route.Kind.LIST || p.kind() == Route.Kind.MAP) {
                    q.addProperty("explode", true);
                }
                parameters.add(q);
            }
            op.add("parameters", parameters);
        } else {
            JsonObject body = new JsonObject();
            body.addProperty("type", "object");
            body.addProperty("additionalProperties", false);
            JsonObject props = new JsonObject();
            JsonArray required = new JsonArray();
            for (Route.Param p : r.params()) {
                JsonObject s = schema(p);
                s.addProperty("description", describe(p));
                props.add(p.name(), s);
                if (p.required()) {
                    required.add(p.name());
                }
            }
            body.add("properties", props);
            if (!required.isEmpty()) {
                body.add("required", required);
            }
            JsonObject media = new JsonObject();
            media.add("schema", body);
            JsonObject content = new JsonObject();
            content.add("application/json", media);
            JsonObject requestBody = new JsonObject();
            requestBody.addProperty("required", !required.isEmpty());
            requestBody.add("content", content);
            op.add("requestBody", requestBody);
        }
        op.add("responses", responses(r.method().equals(Route.POST)));
        return op;
    }

    private static String describe(Route.Param p) {
        String label = p.label() == null || p.label().isEmpty() ? "" : p.label();
        String text = p.description() == null ? "" : p.description();
        return (label + (label.isEmpty() || text.isEmpty() ? "" : ": ") + text).strip();
    }

    private static JsonObject schema(Route.Param p) {
        JsonObject s = new JsonObject();
        switch (p.kind()) {
            case VALUE -> s.addProperty("type", "string");
            case FLAG -> s.addProperty("type", "boolean");
            case LIST -> {
                s.addProperty("type", "array");
                JsonObject item = new JsonObject();
                item.addProperty("type", "string");
                s.add("items", item);
            }
            case MAP -> {
                s.addProperty("type", "object");
                JsonObject value = new JsonObject();
                value.addProperty("type", "string");
                s.add("additionalProperties", value);
            }
        }
        return s;
    }

    private static JsonObject responses(boolean submits) {
        JsonObject r = new JsonObject();
        r.add("200", response(submits ? "committed; at least txId" : "the answer, as --json prints it", null));
        String[][] errors = {
            {"400", "bad usage: malformed JSON, unknown field, malformed value (nothing sent)"},
            {"401", "no or wrong bearer token (nothing sent)"},
            {"403", "FORBIDDEN; or, on loopback, a Host header that is not a loopback name (nothing sent)"},
            {"404", "NOT_FOUND"},
            {"409", "CONFLICT or ALREADY_EXISTS"},
            {"413", "the body is larger than 64 KiB (nothing sent)"},
            {"415", "a POST whose Content-Type is not application/json (nothing sent)"},
            {"422", "INSUFFICIENT_FUNDS, POLICY_VIOLATION, FROZEN, LIMIT_EXCEEDED or EXPIRED"},
            {"503", "UNAVAILABLE: the ledger cannot be reached"},
        };
        for (String[] e : errors) {
            r.add(e[0], response(e[1], "#/components/schemas/Error"));
        }
        return r;
    }

    private static JsonObject response(String description, String ref) {
        JsonObject res = new JsonObject();
        res.addProperty("description", description);
        JsonObject schema = new JsonObject();
        if (ref == null) {
            schema.addProperty("type", "object");
        } else {
            schema.addProperty("$ref", ref);
        }
        JsonObject media = new JsonObject();
        media.add("schema", schema);
        JsonObject content = new JsonObject();
        content.add("application/json", media);
        res.add("content", content);
        return res;
    }

    private static JsonObject schemas() {
        JsonObject error = new JsonObject();
        error.addProperty("type", "object");
        JsonObject inner = new JsonObject();
        inner.addProperty("type", "object");
        JsonObject props = new JsonObject();
        JsonObject str = new JsonObject();
        str.addProperty("type", "string");
        props.add("code", str);
        props.add("message", str.deepCopy());
        inner.add("properties", props);
        JsonObject outer = new JsonObject();
        outer.add("error", inner);
        error.add("properties", outer);
        JsonObject schemas = new JsonObject();
        schemas.add("Error", error);
        return schemas;
    }

    private static JsonObject reservePage() {
        JsonObject get = new JsonObject();
        get.addProperty("summary", "The reserve transparency page of a stable unit (HTML).");
        get.addProperty("operationId", "reserves_page");
        JsonArray parameters = new JsonArray();
        JsonObject p = new JsonObject();
        p.addProperty("name", "currency");
        p.addProperty("in", "path");
        p.addProperty("required", true);
        JsonObject s = new JsonObject();
        s.addProperty("type", "string");
        p.add("schema", s);
        parameters.add(p);
        get.add("parameters", parameters);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.addProperty("description", "a self-contained HTML page");
        JsonObject html = new JsonObject();
        html.add("text/html", new JsonObject());
        ok.add("content", html);
        responses.add("200", ok);
        responses.add("400", response("not a currency", "#/components/schemas/Error"));
        get.add("responses", responses);
        JsonObject item = new JsonObject();
        item.add("get", get);
        return item;
    }
}
