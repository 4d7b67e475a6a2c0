package io.bondbridge.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.cli.CliRun;
import io.bondbridge.client.cli.HttpCommands;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Transport;
import io.bondbridge.client.transport.TxResult;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bondbridge serve} on the embedded ledger, driven by a real HTTP client: submissions and queries, the CLI's
 * JSON, each error code's status, and requests refused before the ledger sees them (the state digest and height
 * are unchanged after each).
 */
class ApiServerTest {
    private EmbeddedLedger ledger;
    private ApiServer server;
    private Http http;

    @BeforeEach
    void start() {
        ledger = EmbeddedLedger.inMemory();
        BondBridge.open(ledger.transport("centralbank")).governance().init();
        server = serve("centralbank", ApiServer.Config.loopback(0));
        http = new Http("http://127.0.0.1:" + server.port());
        // one reserve asset: 1,000,000.00 CNY of cash at 1 (no haircut on cash)
        Http.Answer added = http.post(
                "/reserve/add",
                "{\"asset\":\"CNY-CASH-T\",\"currency\":\"CNY\",\"class\":\"CASH\",\"quantity\":\"1000000.00\","
                        + "\"price\":\"1\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
        ledger.close();
    }

    private ApiServer serve(String org, ApiServer.Config config) {
        return ApiServer.start(
                config, new HttpCommands(ledger.transport(org), org), BondBridge.open(ledger.transport(org)));
    }

    /** The request is answered {@code status} with {@code code}, and the ledger is exactly as before. */
    private Http.Answer assertRefused(int status, String code, Supplier<Http.Answer> request) {
        String digest = ledger.stateDigest();
        long height = ledger.height();
        Http.Answer a = request.get();
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.code()).as(a.body()).isEqualTo(code);
        assertThat(ledger.stateDigest()).as("state after a refused request").isEqualTo(digest);
        assertThat(ledger.height()).isEqualTo(height);
        return a;
    }

    @Test
    void postSubmitsAndGetReads() {
        long height = ledger.height();
        Http.Answer mint =
                http.post("/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"400000.00\"}");
        assertThat(mint.status()).as(mint.body()).isEqualTo(200);
        assertThat(mint.json().get("txId").getAsString()).hasSize(64);
        assertThat(ledger.height()).isEqualTo(height + 1);

        Http.Answer balance = http.get("/stable/balance?currency=CNY&account=banka:main");
        assertThat(balance.status()).isEqualTo(200);
        assertThat(balance.json().get("balance").getAsString()).isEqualTo("400000.00");

        // coverage = 1,000,000.00 after haircuts / 400,000.00 outstanding = 2.5, written with 4 places
        Http.Answer reserves = http.get("/audit/reserves?currency=CNY");
        assertThat(reserves.json().get("unitsOutstanding").getAsString()).isEqualTo("400000.00");
        assertThat(reserves.json().get("coverage").getAsString()).isEqualTo("2.5000");
        assertThat(ledger.height()).as("GET writes nothing").isEqualTo(height + 1);
    }

    @Test
    void jsonNumbersArePassedAsWrittenNeverThroughADouble() {
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; as decimal text it stays 0.30
        http.post("/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":0.10}");
        http.post("/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":0.20}");
        assertThat(http.get("/stable/balance?currency=CNY&account=banka:main")
                        .json()
                        .get("balance")
                        .getAsString())
                .isEqualTo("0.30");
    }

    @Test
    void mapAndListFieldsBecomeRepeatedOptions() {
        // haircut 10% on cash: after haircuts 900,000.00; with 300,000.00 outstanding coverage = 3.0000
        Http.Answer policy = http.post(
                "/reserve/policy", "{\"currency\":\"CNY\",\"haircut\":{\"CASH\":\"10\"},\"minCoverage\":\"100\"}");
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        http.post("/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"300000.00\"}");
        Http.Answer r = http.get("/audit/reserves?currency=CNY");
        assertThat(r.json().get("reserveValueAfterHaircuts").getAsString()).isEqualTo("900000.00");
        assertThat(r.json().get("coverage").getAsString()).isEqualTo("3.0000");
    }

    @Nested
    class BadRequests {
        private static final String MINT = "/stable/mint";

        @Test
        void malformedJsonIs400() {
            Http.Answer a = assertRefused(400, "USAGE", () -> http.post(MINT, "{\"currency\": \"CNY\","));
            assertThat(a.message()).contains("not valid JSON");
            // what a lenient parser would take is refused too: unquoted names, single quotes
            assertRefused(400, "USAGE", () -> http.post(MINT, "{currency:'CNY',to:'banka:main',amount:'1.00'}"));
            assertRefused(400, "USAGE", () -> http.post(MINT, "{} {}"));
            assertRefused(400, "USAGE", () -> http.post(MINT, "[\"CNY\"]"));
        }

        @Test
        void unknownFieldIs400AndNamesIt() {
            Http.Answer a = assertRefused(
                    400,
                    "USAGE",
                    () -> http.post(
                            MINT, "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.00\",\"memo\":\"x\"}"));
            assertThat(a.message()).contains("unknown field 'memo'").contains("currency, to, amount");
            assertRefused(400, "USAGE", () -> http.get("/stable/balance?currency=CNY&acount=banka:main"));
        }

        @Test
        void globalOptionsAreNotRequestFields() {
            // the server's --as, --ledger and --json are its own: a request cannot act as another organization
            assertRefused(
                    400,
                    "USAGE",
                    () -> http.post(
                            MINT,
                            "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.00\",\"as\":\"regulator\"}"));
        }

        @Test
        void valuesThatLookLikeOptionsStayValues() {
            // written as --to=VALUE and after --, a value is never read as an option
            assertRefused(
                    400,
                    "USAGE",
                    () -> http.post(MINT, "{\"currency\":\"--json\",\"to\":\"--as=regulator\",\"amount\":\"1.00\"}"));
        }

        @Test
        void wrongShapeMissingFieldAndMalformedValueAre400() {
            assertRefused(
                    400,
                    "USAGE",
                    () -> http.post(MINT, "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":{\"v\":1}}"));
            assertRefused(400, "USAGE", () -> http.post(MINT, "{\"currency\":\"CNY\",\"to\":\"banka:main\"}"));
            // CNY has 2 decimal places: 1.005 is caught by the amount parser before the ledger is opened
            assertRefused(
                    400,
                    "USAGE",
                    () -> http.post(MINT, "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.005\"}"));
        }

        @Test
        void oversizedBodyIs413WithOrWithoutALength() {
            String big = "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.00\",\"pad\":\""
                    + "x".repeat(ApiServer.MAX_BODY) + "\"}";
            Http.Answer a = assertRefused(413, "TOO_LARGE", () -> http.post(MINT, big));
            assertThat(a.message()).contains("at most " + ApiServer.MAX_BODY + " bytes");
            // chunked, no Content-Length: the server stops reading at the limit
            assertRefused(
                    413,
                    "TOO_LARGE",
                    () -> http.post(
                            MINT,
                            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
        }

        @Test
        void postThatIsNotJsonIs415() {
            // what a web page may send to 127.0.0.1 without a CORS preflight: a form, or text/plain
            String mint = "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.00\"}";
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
                Http.Answer a = assertRefused(415, "UNSUPPORTED_MEDIA_TYPE", () -> http.post(MINT, type, mint));
                assertThat(a.message()).contains(type);
            }
            assertThat(http.post(MINT, "application/json; charset=utf-8", mint).status())
                    .isEqualTo(200);
        }

        @Test
        void onLoopbackAForeignHostNameIsRefused() throws Exception {
            // DNS rebinding: a page at evil.example, resolved to 127.0.0.1, sends Host: evil.example
            assertThat(rawStatus("evil.example:" + server.port())).isEqualTo(403);
            assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
            assertThat(rawStatus("127.0.0.1:" + server.port())).isEqualTo(200);
        }

        private int rawStatus(String host) throws Exception {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.getOutputStream()
                        .write(("GET /participant/list HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                                socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                        .readLine();
                return Integer.parseInt(status.split(" ")[1]);
            }
        }

        @Test
        void unknownPathIs404NoSuchResource() {
            assertRefused(404, ApiServer.NO_ROUTE, () -> http.get("/stable/mintt"));
        }
    }

    @Nested
    class LedgerErrors {
        @Test
        void forbiddenIs403() {
            try (ApiServer bankA = serve("banka", ApiServer.Config.loopback(0))) {
                Http asBankA = new Http("http://127.0.0.1:" + bankA.port());
                assertRefused(
                        403,
                        "FORBIDDEN",
                        () -> asBankA.post(
                                "/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.00\"}"));
            }
        }

        @Test
        void notFoundIs404() {
            assertRefused(404, "NOT_FOUND", () -> http.get("/bond/show?series=NOPE"));
        }

        @Test
        void alreadyExistsIs409() {
            assertRefused(
                    409,
                    "ALREADY_EXISTS",
                    () -> http.post(
                            "/reserve/add",
                            "{\"asset\":\"CNY-CASH-T\",\"currency\":\"CNY\",\"class\":\"CASH\","
                                    + "\"quantity\":\"5.00\",\"price\":\"1\"}"));
        }

        @Test
        void policyAndFundsAre422() {
            // reserve 1,000,000.00; minting 1,000,000.01 would leave coverage 0.9999 < 1.0000
            assertRefused(
                    422,
                    "POLICY_VIOLATION",
                    () -> http.post(
                            "/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1000000.01\"}"));
            http.post("/stable/mint", "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"100.00\"}");
            try (ApiServer bankA = serve("banka", ApiServer.Config.loopback(0))) {
                Http asBankA = new Http("http://127.0.0.1:" + bankA.port());
                // Bank A holds 100.00: 100.01 is one cent too many
                assertRefused(
                        422,
                        "INSUFFICIENT_FUNDS",
                        () -> asBankA.post(
                                "/stable/transfer",
                                "{\"currency\":\"CNY\",\"from\":\"banka:main\",\"to\":\"bankb:main\","
                                        + "\"amount\":\"100.01\"}"));
            }
        }

        @Test
        void unreachableLedgerIs503() {
            Transport down = new Transport() {
                @Override
                public TxResult submit(String c, String f, List<String> a, Map<String, byte[]> t) {
                    throw new BondBridgeException(ErrorCode.UNAVAILABLE, "peer0 is unreachable");
                }

                @Override
                public String evaluate(String c, String f, List<String> a, Map<String, byte[]> t) {
                    throw new BondBridgeException(ErrorCode.UNAVAILABLE, "peer0 is unreachable");
                }

                @Override
                public String mspId() {
                    return "CentralBankMSP";
                }

                @Override
                public void close() {}
            };
            try (ApiServer s = ApiServer.start(
                    ApiServer.Config.loopback(0), new HttpCommands(down, "centralbank"), BondBridge.open(down))) {
                Http.Answer a = new Http("http://127.0.0.1:" + s.port()).get("/stable/balance?currency=CNY");
                assertThat(a.status()).isEqualTo(503);
                assertThat(a.code()).isEqualTo("UNAVAILABLE");
            }
        }
    }

    @Nested
    class Access {
        @Test
        void withATokenEveryRequestNeedsIt() {
            try (ApiServer guarded = serve("centralbank", new ApiServer.Config("127.0.0.1", 0, "s3cret", null, null))) {
                Http h = new Http("http://127.0.0.1:" + guarded.port());
                String mint = "{\"currency\":\"CNY\",\"to\":\"banka:main\",\"amount\":\"1.00\"}";
                Http.Answer none = assertRefused(401, "UNAUTHORIZED", () -> h.post("/stable/mint", mint));
                assertThat(none.message()).contains("required");
                assertRefused(401, "UNAUTHORIZED", () -> h.token("s3cre").post("/stable/mint", mint));
                assertRefused(401, "UNAUTHORIZED", () -> h.token("s3cret2").get("/openapi.json"));
                assertThat(h.token("s3cret").post("/stable/mint", mint).status())
                        .isEqualTo(200);
            }
        }

        @Test
        void offLoopbackItRefusesToStartWithoutTlsAndAToken(@TempDir Path dir) throws Exception {
            assertThat(new ApiServer.Config("0.0.0.0", 0, null, null, null).refusal())
                    .contains("TLS");
            assertThat(new ApiServer.Config("0.0.0.0", 0, "t", null, null).refusal())
                    .contains("TLS");
            assertThat(new ApiServer.Config("0.0.0.0", 0, null, dir.resolve("ks.p12"), "pw").refusal())
                    .contains("token");
            assertThatThrownBy(() -> serve("centralbank", new ApiServer.Config("0.0.0.0", 0, null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            // the command: bad usage (exit 2), and no ledger was opened
            Path ledgerDir = dir.resolve("ledger");
            CliRun run = CliRun.of("--ledger", ledgerDir.toString(), "serve", "--bind", "0.0.0.0", "--port", "0");
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err())
                    .contains("refusing to serve")
                    .contains("--tls-keystore")
                    .contains("--token-file");
            assertThat(Files.exists(ledgerDir)).isFalse();
        }

        @Test
        void offLoopbackItServesHttpsWithAToken(@TempDir Path dir) throws Exception {
            Path ks = Tls.keystore(dir, "changeit");
            try (ApiServer tls = serve("centralbank", new ApiServer.Config("0.0.0.0", 0, "t0ken", ks, "changeit"))) {
                assertThat(tls.url()).startsWith("https://");
                Http h = new Http(Tls.client(ks, "changeit"), "https://127.0.0.1:" + tls.port());
                assertRefused(401, "UNAUTHORIZED", () -> h.get("/participant/list"));
                assertThat(h.token("t0ken").get("/participant/list").status()).isEqualTo(200);
                // no plain HTTP on the port
                assertThatThrownBy(() -> new Http("http://127.0.0.1:" + tls.port()).get("/participant/list"))
                        .isInstanceOf(java.io.UncheckedIOException.class);
            }
        }
    }
}
