package io.bondbridge.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.http.ApiServer;
import io.bondbridge.client.http.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as the API's route table: every command is a resource, and a resource answers what the command prints. */
class HttpCommandsTest {
    @Test
    void everyCommandButDemoServeConnectAndReportIsAResource() {
        TreeSet<String> leaves = new TreeSet<>();
        leaves(Main.commandLine(new Main(null, null), Main.SUBCOMMANDS), leaves);
        TreeSet<String> routes = new TreeSet<>();
        for (Route r : HttpCommands.table(new java.util.HashMap<>())) {
            routes.add(r.path());
        }
        leaves.removeAll(List.of("/demo", "/serve", "/connect", "/audit/report"));
        assertThat(routes).isEqualTo(leaves);
        assertThat(routes).contains("/stable/mint", "/audit/reserves", "/init", "/sizing", "/payment/send");
    }

    private static void leaves(CommandLine cl, TreeSet<String> out) {
        if (cl.getSubcommands().isEmpty()) {
            out.add("/" + cl.getCommandSpec().qualifiedName("/").substring("bondbridge/".length()));
        }
        cl.getSubcommands().values().forEach(sub -> leaves(sub, out));
    }

    @Test
    void readsAreGetAndSubmissionsArePost() {
        Map<String, String> methods = new java.util.HashMap<>();
        for (Route r : HttpCommands.table(new java.util.HashMap<>())) {
            methods.put(r.path(), r.method());
        }
        for (String get : List.of(
                "/stable/balance",
                "/bond/show",
                "/bond/holdings",
                "/audit/reserves",
                "/audit/stress",
                "/audit/history",
                "/payment/list",
                "/participant/list",
                "/sizing")) {
            assertThat(methods.get(get)).as(get).isEqualTo("GET");
        }
        for (String post :
                List.of("/init", "/stable/mint", "/bond/issue", "/reserve/add", "/payment/send", "/netting/close")) {
            assertThat(methods.get(post)).as(post).isEqualTo("POST");
        }
    }

    @Test
    void fieldsAreTheCommandsParametersInCamelCase() {
        Route stress = route("/audit/stress");
        assertThat(stress.params())
                .extracting(Route.Param::name)
                .containsExactly("currency", "yieldShock", "fxShock", "metalShock", "run");
        assertThat(stress.param("currency").required()).isTrue();
        assertThat(stress.param("fxShock").kind()).isEqualTo(Route.Kind.MAP);
        assertThat(route("/payment/show").param("e2eId")).isNotNull();
        assertThat(HttpCommands.camel("--as-of")).isEqualTo("asOf");
        assertThat(HttpCommands.camel("E2E_ID")).isEqualTo("e2eId");
    }

    @Test
    void requestBecomesTheCommandLineWithValuesThatCannotBeOptions() {
        Route mint = route("/stable/mint");
        List<String> args = HttpCommands.args(
                mint,
                Map.of("currency", List.of("CNY"), "to", List.of("--as=regulator"), "amount", List.of("1.00")),
                Map.of("to", "--to", "amount", "--amount"));
        assertThat(args).containsExactly("stable", "mint", "--to=--as=regulator", "--amount=1.00", "--", "CNY");
    }

    private static Route route(String path) {
        return HttpCommands.table(new java.util.HashMap<>()).stream()
                .filter(r -> r.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void answersWhatTheCliPrintsWithJson(@TempDir Path dir) throws Exception {
        List<String> served = new ArrayList<>();
        String[][] reads = {
            {"/participant/list", "participant", "list"},
            {"/stable/balance?currency=CNY&account=banka:main", "stable", "balance", "CNY", "--account", "banka:main"},
            {"/reserve/list?currency=CNY", "reserve", "list", "CNY"},
        };
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            BondBridge bridge = BondBridge.open(ledger.transport("centralbank"));
            bridge.governance().init();
            try (ApiServer server = ApiServer.start(
                    ApiServer.Config.loopback(0),
                    new HttpCommands(ledger.transport("centralbank"), "centralbank"),
                    bridge)) {
                HttpClient client = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> mint = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/reserve/add"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"asset\":\"CNY-CASH-T\",\"currency\":"
                                        + "\"CNY\",\"class\":\"CASH\",\"quantity\":\"500.00\",\"price\":\"1\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(mint.statusCode()).as(mint.body()).isEqualTo(200);
                for (String[] r : reads) {
                    served.add(client.send(
                                    HttpRequest.newBuilder(URI.create(base + r[0]))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
                }
            }
        }
        // the ledger closed, the CLI opens it and prints the same objects
        for (int i = 0; i < reads.length; i++) {
            String[] cli = new String[reads[i].length];
            System.arraycopy(reads[i], 1, cli, 0, reads[i].length - 1);
            cli[cli.length - 1] = "--json";
            CliRun run = CliRun.on(dir, cli);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(com.google.gson.JsonParser.parseString(served.get(i)))
                    .as(reads[i][0])
                    .isEqualTo(run.json());
        }
    }
}
