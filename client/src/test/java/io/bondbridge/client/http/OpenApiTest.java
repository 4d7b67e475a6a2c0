package io.bondbridge.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.cli.HttpCommands;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /openapi.json} against the routes: every route is documented, every documented operation is served. */
class OpenApiTest {
    private static EmbeddedLedger ledger;
    private static ApiServer server;
    private static HttpCommands commands;
    private static Http http;

    @BeforeAll
    static void start() {
        ledger = EmbeddedLedger.inMemory();
        commands = new HttpCommands(ledger.transport("centralbank"), "centralbank");
        server = ApiServer.start(
                ApiServer.Config.loopback(0), commands, BondBridge.open(ledger.transport("centralbank")));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        ledger.close();
    }

    private static Map<String, String> documented() {
        JsonObject paths = http.get(OpenApi.PATH).json().getAsJsonObject("paths");
        Map<String, String> ops = new TreeMap<>();
        for (Map.Entry<String, com.google.gson.JsonElement> p : paths.entrySet()) {
            for (String method : p.getValue().getAsJsonObject().keySet()) {
                ops.put(method.toUpperCase() + " " + p.getKey(), method);
            }
        }
        return ops;
    }

    @Test
    void everyRouteIsDocumentedWithItsFields() {
        Map<String, String> ops = documented();
        JsonObject paths = http.get(OpenApi.PATH).json().getAsJsonObject("paths");
        for (Route r : commands.routes()) {
            assertThat(ops).containsKey(r.method() + " " + r.path());
            JsonObject op =
                    paths.getAsJsonObject(r.path()).getAsJsonObject(r.method().toLowerCase());
            int documentedFields = r.method().equals(Route.GET)
                    ? op.getAsJsonArray("parameters").size()
                    : op.getAsJsonObject("requestBody")
                            .getAsJsonObject("content")
                            .getAsJsonObject("application/json")
                            .getAsJsonObject("schema")
                            .getAsJsonObject("properties")
                            .size();
            assertThat(documentedFields).as(r.path()).isEqualTo(r.params().size());
        }
        assertThat(ops).containsKeys("GET /openapi.json", "GET /reserves/{currency}");
        assertThat(ops).hasSize(commands.routes().size() + 2);
    }

    @Test
    void everyDocumentedOperationIsServed() {
        long height = ledger.height();
        for (String op : documented().keySet()) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1);
            Http.Answer a;
            if (path.equals("/reserves/{currency}")) {
                a = http.get("/reserves/X1");
                assertThat(a.code()).as(op).isEqualTo("USAGE"); // served: it checked the currency
            } else if (path.equals(OpenApi.PATH)) {
                assertThat(http.get(path).status()).isEqualTo(200);
            } else {
                // a probe field no route takes: a served route names it as unknown, and nothing runs
                a = method.equals("GET") ? http.get(path + "?zzProbe=1") : http.post(path, "{\"zzProbe\":1}");
                assertThat(a.status()).as(op + " " + a.body()).isEqualTo(400);
                assertThat(a.message()).as(op).contains("unknown field 'zzProbe'");
            }
        }
        assertThat(ledger.height()).isEqualTo(height);
        // and the server's 404 for what is not documented
        assertThat(http.get("/stable").code()).isEqualTo(ApiServer.NO_ROUTE);
        assertThat(http.post("/stable/balance", "{}").status()).isIn(404, 405);
    }
}
