package io.bondbridge.client.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.bondbridge.chaincode.ledger.ErrorCode;
import io.bondbridge.client.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import io.bondbridge.client.transport.TxResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chaincode on a real Fabric network, driven through {@link GatewayTransport} as different organizations.
 *
 * <p>Run by {@code scripts/network-test.sh}, which brings the network up, deploys the chaincode and passes the
 * profiles directory as {@code -Dbondbridge.fabric.profiles}; without that property every test is skipped. The
 * tests tolerate a ledger that earlier runs already used (accounts they open may exist).
 */
class FabricNetworkIT {
    private static final String PROFILES_PROPERTY = "bondbridge.fabric.profiles";

    /** A peer commits a block a moment after the one the Gateway reported the commit from. */
    private static final Duration PEER_LAG = Duration.ofSeconds(15);

    private static final Map<String, GatewayTransport> TRANSPORTS = new ConcurrentHashMap<>();
    private static Path profiles;

    @BeforeAll
    static void bootstrap() {
        String dir = System.getProperty(PROFILES_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            profiles = Path.of(dir);
            as("centralbank").submit("governance", "init");
        }
    }

    /** Per test, so each shows as skipped with the reason. */
    @BeforeEach
    void requireNetwork() {
        assumeTrue(
                profiles != null,
                "system property " + PROFILES_PROPERTY + " is not set: the network tests run only through"
                        + " scripts/network-test.sh, against a live Fabric network");
    }

    @AfterAll
    static void closeTransports() {
        TRANSPORTS.values().forEach(GatewayTransport::close);
        TRANSPORTS.clear();
    }

    private static GatewayTransport as(String org) {
        return TRANSPORTS.computeIfAbsent(org, o -> GatewayTransport.connect(FabricProfile.load(profiles, o)));
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** Retries a read that may hit a peer one block behind until the value is there. */
    private static <T> T eventually(Supplier<T> read) {
        Instant deadline = Instant.now().plus(PEER_LAG);
        while (true) {
            try {
                return read.get();
            } catch (BondBridgeException e) {
                if (e.code() != ErrorCode.NOT_FOUND || Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void openIfAbsent(String org, String name) {
        try {
            as(org).submit("governance", "openAccount", name);
        } catch (BondBridgeException e) {
            if (e.code() != ErrorCode.ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    @Test
    void initIsIdempotent() {
        TxResult again = as("centralbank").submit("governance", "init");

        assertThat(again.txId()).isNotBlank();
    }

    @Test
    void anAccountCommittedThroughOnePeerIsReadThroughAnother() {
        openIfAbsent("banka", "trading");

        JsonObject account = eventually(() -> json(as("bankb").evaluate("governance", "getAccount", "banka:trading")));

        assertThat(account.get("owner").getAsString()).isEqualTo("BankAMSP");
        assertThat(account.get("name").getAsString()).isEqualTo("trading");
        assertThat(account.get("id").getAsString()).endsWith(":trading");
        assertThat(account.get("frozen").getAsBoolean()).isFalse();
    }

    @Test
    void aRejectedTransactionChangesNothing() {
        assertThatThrownBy(() -> as("banka").submit("governance", "freezeAccount", "bankb:main", "reason", ""))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));

        JsonObject main = json(as("bankb").evaluate("governance", "getAccount", "bankb:main"));

        assertThat(main.get("frozen").getAsBoolean()).isFalse();
    }

    /**
     * Concurrent submits from four organizations: whatever read conflicts they cause are retried by the transport
     * (read conflicts at commit, stale reads at endorsement), so every one commits.
     */
    @Test
    void concurrentSubmitsFromDifferentOrganizationsAllCommit() throws Exception {
        List<String> orgs = List.of("centralbank", "hkcentralbank", "banka", "bankb");
        String run = Long.toString(System.currentTimeMillis(), 36);
        int count = 12;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<TxResult>> submits = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String org = orgs.get(i % orgs.size());
                String name = "it" + run + "n" + i;
                submits.add(pool.submit(() -> as(org).submit("governance", "openAccount", name)));
            }
            for (Future<TxResult> submit : submits) {
                assertThat(submit.get(3, TimeUnit.MINUTES).txId()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
        long retried = orgs.stream().mapToLong(o -> as(o).retriedAttempts()).sum();
        System.out.printf(
                "%d concurrent openAccount submits committed; %d attempt(s) retried after a conflict%n",
                count, retried);

        for (int i = 0; i < count; i++) {
            String org = orgs.get(i % orgs.size());
            String id = org + ":it" + run + "n" + i;
            JsonObject account = eventually(() -> json(as("regulator").evaluate("governance", "getAccount", id)));
            assertThat(account.get("name").getAsString()).isEqualTo("it" + run + "n" + i);
        }
    }

    // ---- payments (issue 6): private details reach the agents and the regulator only ----

    /**
     * Bank A pays Bank B; the details go to {@code pd_BankAMSP_BankBMSP}. Bank B and the regulator read them
     * through their own peers (which received the private data) and they match the channel's hash; the two central
     * banks, not members, get FORBIDDEN from the chaincode before their peers (which hold no copy) are asked.
     */
    @Test
    void aThirdOrganizationCannotReadPaymentDetailsWhileTheMembersAndTheRegulatorCan() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        as("centralbank").submit("fx", "setReference", "CNY", "0.1391130154");
        new io.bondbridge.client.stable.ReserveClient(as("centralbank"))
                .add(io.bondbridge.client.stable.StableFixture.cash("IT-CASH-" + run, "CNY", "100.00"));
        new io.bondbridge.client.stable.StableClient(as("centralbank")).mint("CNY", "banka:main", "10.00");
        String e2eId = "IT-" + run;

        var sent = new io.bondbridge.client.payment.PaymentClient(as("banka"))
                .send(io.bondbridge.client.payment.SendRequest.of(
                                e2eId, "CN-HK", "banka:main", "bankb:main", "7.50", "CNY")
                        .withPurpose("GDDS", "network suite " + run));

        assertThat(sent.status().name()).isEqualTo("SETTLED");
        for (String member : List.of("bankb", "regulator", "banka")) {
            var payments = new io.bondbridge.client.payment.PaymentClient(as(member));
            var view = eventually(() -> payments.show(e2eId));
            assertThat(view.visible()).as(member).isTrue();
            assertThat(view.amount().toPlainString()).as(member).isEqualTo("7.50");
            assertThat(payments.verify(e2eId).matches()).as(member).isTrue();
        }
        for (String outsider : List.of("centralbank", "hkcentralbank")) {
            var payments = new io.bondbridge.client.payment.PaymentClient(as(outsider));
            assertThatThrownBy(() -> eventually(() -> payments.details(e2eId)))
                    .isInstanceOfSatisfying(
                            BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
            var view = eventually(() -> payments.show(e2eId));
            assertThat(view.visible()).as(outsider).isFalse();
            assertThat(view.amount()).as(outsider).isNull();
        }
    }

    // ---- bond tokens (feature: bond) -------------------------------------------------------------------------

    /**
     * A bond series end to end through the Gateway: the treasury creates it, Bank A subscribes and is allocated by
     * DvP (paying in CNY stable units minted for it), then transfers units to Bank B; the holding is read through
     * Bank B's peer.
     */
    @Test
    void aBondIssuedByDvpAndTransferredIsSeenThroughAnotherOrganizationsPeer() {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        String series = "IT-" + run;
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String maturity =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString();
        try {
            as("centralbank")
                    .submit(
                            "reserve",
                            "addAsset",
                            io.bondbridge.chaincode.ledger.Json.write(new io.bondbridge.chaincode.stable.AssetSpec(
                                    "IT-CASH-" + run,
                                    null,
                                    io.bondbridge.chaincode.stable.AssetClass.CASH,
                                    "CNY",
                                    new java.math.BigDecimal("1000000"),
                                    java.math.BigDecimal.ONE,
                                    null,
                                    null,
                                    null,
                                    null)));
        } catch (BondBridgeException e) {
            if (e.code() != ErrorCode.ALREADY_EXISTS) {
                throw e;
            }
        }
        as("centralbank").submit("stable", "mint", "CNY", "banka:main", "10000.00");
        as("centralbank")
                .submit(
                        "bond",
                        "create",
                        io.bondbridge.chaincode.ledger.Json.write(new io.bondbridge.chaincode.bond.SeriesTerms(
                                series,
                                "CNY",
                                "100.00",
                                "FIXED",
                                "2.50",
                                2,
                                today,
                                maturity,
                                "ACT/365F",
                                "1000",
                                null,
                                null,
                                null)));
        as("banka").submit("bond", "subscribe", series, "banka:main", "1000.00");
        JsonObject issued = json(as("centralbank")
                .submit("bond", "issue", series, "banka:main", "10", "99.50")
                .payload());
        assertThat(issued.get("cash").getAsString()).isEqualTo("995.00"); // 10 x 99.50
        as("banka").submit("bond", "transfer", series, "banka:main", "bankb:main", "4");

        JsonObject holdings = eventually(() -> {
            JsonObject h = json(as("bankb").evaluate("bond", "holdings", series, "bankb:main"));
            if (h.getAsJsonArray("holdings")
                    .get(0)
                    .getAsJsonObject()
                    .get("units")
                    .getAsString()
                    .equals("0.00")) {
                throw new BondBridgeException(ErrorCode.NOT_FOUND, "not yet committed on this peer");
            }
            return h;
        });
        assertThat(holdings.getAsJsonArray("holdings")
                        .get(0)
                        .getAsJsonObject()
                        .get("units")
                        .getAsString())
                .isEqualTo("4.00");
        JsonObject shown = json(as("regulator").evaluate("bond", "show", series));
        assertThat(shown.get("outstanding").getAsString()).isEqualTo("10.00");
    }
}
