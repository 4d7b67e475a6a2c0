package io.bondbridge.bench.fabric;

import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.payment.SendRequest;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's workloads on one network, set up once for the largest window: every worker has accounts of its
 * own, funded in advance, so a workload over disjoint accounts touches no row another worker touches (the one-key
 * ceiling, stable transfers, bond transfers); mints and PvP payments are measured as the ledger does them today.
 *
 * <p>Setup goes through connections that retry as usual; the load through connections that try each submit once
 * ({@link LoadRun} retries and counts).
 */
final class Workloads {
    static final List<String> ALL = List.of(
            "ceiling",
            "ceiling-blind",
            "token-transfer",
            "token-mint",
            "transfer",
            "mint",
            "bond-transfer",
            "dvp",
            "coupon",
            "pvp",
            "payment");

    /** Monthly coupon periods opened for the coupon workload: each worker claims them in turn, once each. */
    static final int COUPON_PERIODS = 180;

    private final Path profiles;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final Map<String, GatewayTransport> setup = new ConcurrentHashMap<>();
    private final Map<String, GatewayTransport> load = new ConcurrentHashMap<>();
    private final Map<String, Integer> preparedFor = new LinkedHashMap<>();
    /** Ids and keys unique across workers and windows (a payment's end-to-end id is used once). */
    private final AtomicLong unique = new AtomicLong();
    /** Per worker, the offer made and not yet accepted (dvp), and the next coupon period to claim (coupon). */
    private final Map<Integer, String> openOffers = new ConcurrentHashMap<>();

    private final Map<Integer, AtomicInteger> nextPeriod = new ConcurrentHashMap<>();
    /** The coupon series' issue date: the first of a month, COUPON_PERIODS + 2 months ago. */
    private final LocalDate couponIssue =
            LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(COUPON_PERIODS + 2);

    Workloads(Path profiles) {
        this.profiles = profiles;
    }

    /** Prepares {@code workload} for up to {@code workers} workers and returns its transaction. */
    LoadRun.Tx prepare(String workload, int workers) {
        if (preparedFor.getOrDefault(workload, 0) < workers) {
            setUp(workload, preparedFor.getOrDefault(workload, 0), workers);
            preparedFor.put(workload, workers);
        }
        return switch (workload) {
            // issue 12's ceiling, asset-transfer-basic's CreateAsset: reads its key, writes it
            case "ceiling" ->
                (w, i) -> ceiling().submit("ceiling", "create", run + "/" + unique.incrementAndGet(), "v");
            // the bare minimum beside it: a write of a key never read
            case "ceiling-blind" ->
                (w, i) -> ceiling().submit("ceiling", "put", run + "/" + unique.incrementAndGet(), "v");
            // token-erc-20's rows (ceiling/TokenContract): a transfer between two balances, a mint through the one
            // total-supply row
            case "token-transfer" ->
                (w, i) -> ceiling().submit("token", "transfer", tokenAccount(w, "ta"), tokenAccount(w, "tb"), "1");
            case "token-mint" -> (w, i) -> ceiling().submit("token", "mint", tokenAccount(w, "m"), "1");
            case "transfer" ->
                (w, i) -> BondBridge.open(loadAs("banka"))
                        .stableUnits()
                        .transfer("CNY", account(w, "ta"), account(w, "tb"), "0.01");
            case "mint" ->
                (w, i) -> BondBridge.open(loadAs("centralbank")).stableUnits().mint("CNY", account(w, "m"), "0.01");
            case "bond-transfer" ->
                (w, i) -> BondBridge.open(loadAs("banka"))
                        .bonds()
                        .transfer(series(), account(w, "ba"), account(w, "bb"), "0.01");
            case "dvp" -> this::dvpStep;
            case "coupon" ->
                (w, i) -> {
                    // A period is claimed once: the cursor moves on only when the claim committed.
                    AtomicInteger next = nextPeriod.computeIfAbsent(w, k -> new AtomicInteger(1));
                    BondBridge.open(loadAs("banka"))
                            .bonds()
                            .claim(couponSeries(), couponPeriod(next.get()), account(w, "c"));
                    next.incrementAndGet();
                };
            case "pvp" ->
                (w, i) -> BondBridge.open(loadAs("banka"))
                        .payments()
                        .send(SendRequest.of(
                                        "B" + run + "-" + unique.incrementAndGet(),
                                        corridor(),
                                        account(w, "pa"),
                                        creditor(w, "pb"),
                                        "1.00",
                                        "CNY")
                                .withFx("HKD", "1.0850", desk()));
            // The same payment without FX (no desk): what a payment costs apart from the desk's rows.
            case "payment" ->
                (w, i) -> BondBridge.open(loadAs("banka"))
                        .payments()
                        .send(SendRequest.of(
                                "G" + run + "-" + unique.incrementAndGet(),
                                corridor(),
                                account(w, "ga"),
                                creditor(w, "gb"),
                                "1.00",
                                "CNY"));
            default ->
                throw new IllegalArgumentException(
                        "unknown workload '" + workload + "' (known: " + String.join(", ", ALL) + ")");
        };
    }

    /**
     * One DvP transaction: the seller offers 0.01 units at 100.00 when it has no open offer, else the buyer (another
     * account) accepts it, 0.01 units against 1.00 CNY. Offers and accepts alternate, each one transaction.
     */
    private void dvpStep(int w, long seq) {
        String offer = openOffers.get(w);
        if (offer == null) {
            String id = BondBridge.open(loadAs("banka"))
                    .bonds()
                    .offer(series(), account(w, "ds"), "0.01", "100.00", null)
                    .offerId();
            openOffers.put(w, id);
        } else {
            // The buyer is another of banka's accounts, so the accept goes through the gateway peer that just
            // committed the offer (another bank's peer a block behind answered NOT_FOUND).
            BondBridge.open(loadAs("banka")).bonds().accept(offer, account(w, "db"));
            openOffers.remove(w);
        }
    }

    /** Latency of each of {@code count} mints in a row to one account, in milliseconds (no concurrency). */
    double[] mintsInARow(int count) {
        prepareReserves();
        as("banka").governance().openAccount("seq" + run.toLowerCase(Locale.ROOT));
        BondBridge central = BondBridge.open(setupAs("centralbank"));
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            central.stableUnits().mint("CNY", "banka:seq" + run.toLowerCase(Locale.ROOT), "0.01");
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    private void setUp(String workload, int from, int to) {
        switch (workload) {
            case "ceiling", "ceiling-blind", "token-mint" -> {}
            case "token-transfer" -> {
                for (int worker = from; worker < to; worker++) {
                    ceiling().submit("token", "mint", tokenAccount(worker, "ta"), "1000000000");
                }
            }
            case "transfer" -> {
                prepareReserves();
                for (int worker = from; worker < to; worker++) {
                    int w = worker;
                    open("banka", w, "ta");
                    open("banka", w, "tb");
                    afterPeersCatchUp(
                            () -> as("centralbank").stableUnits().mint("CNY", account(w, "ta"), "1000000.00"));
                }
            }
            case "mint" -> {
                prepareReserves();
                for (int worker = from; worker < to; worker++) {
                    int w = worker;
                    open("banka", w, "m");
                }
            }
            case "bond-transfer" -> {
                prepareReserves();
                prepareSeries();
                for (int worker = from; worker < to; worker++) {
                    int w = worker;
                    open("banka", w, "ba");
                    open("banka", w, "bb");
                    holdBonds(account(w, "ba"));
                }
            }
            case "dvp" -> {
                prepareReserves();
                prepareSeries();
                for (int worker = from; worker < to; worker++) {
                    int w = worker;
                    open("banka", w, "ds");
                    holdBonds(account(w, "ds"));
                    open("banka", w, "db");
                    afterPeersCatchUp(
                            () -> as("centralbank").stableUnits().mint("CNY", account(w, "db"), "1000000.00"));
                }
            }
            case "coupon" -> setUpCoupons(from, to);
            case "pvp", "payment" -> {
                prepareReserves();
                if (!paymentsReady) {
                    paymentsReady = true;
                    as("centralbank").fx().setReference("CNY", "0.1391130154");
                    as("hkcentralbank").fx().setReference("HKD", "0.1282051282");
                    // A corridor without a daily limit: a limited one serializes every payment on its usage row.
                    as("centralbank").payments().corridors().set(corridor(), "CN,HK", "CNY,HKD", null);
                    as("bankb").governance().openAccount(desk().substring("bankb:".length()));
                    afterPeersCatchUp(() -> as("hkcentralbank").stableUnits().mint("HKD", desk(), "100000000.00"));
                    afterPeersCatchUp(() -> as("bankb")
                            .payments()
                            .quote(
                                    desk(),
                                    "CNY",
                                    "HKD",
                                    "1.0850",
                                    Instant.now().plus(Duration.ofDays(1)).toString()));
                }
                // Each workload its own debtors (pvp: pa, payment: ga) and creditors (pb, gb).
                String debtor = workload.equals("pvp") ? "pa" : "ga";
                String creditor = workload.equals("pvp") ? "pb" : "gb";
                for (int worker = from; worker < to; worker++) {
                    int w = worker;
                    open("banka", w, debtor);
                    open("bankb", w, creditor);
                    afterPeersCatchUp(
                            () -> as("centralbank").stableUnits().mint("CNY", account(w, debtor), "1000000.00"));
                }
            }
            default -> throw new IllegalArgumentException("unknown workload '" + workload + "'");
        }
    }

    private boolean seriesReady;
    /** The payment workloads' rates, corridor and FX desk are set up once for both. */
    private boolean paymentsReady;

    /** The bond series of the bond-transfer and dvp workloads, issued from today. */
    private void prepareSeries() {
        if (seriesReady) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as("centralbank")
                .bonds()
                .create(new SeriesTerms(
                        series(),
                        "CNY",
                        "100.00",
                        "FIXED",
                        "2.00",
                        2,
                        today.toString(),
                        today.plusYears(1).toString(),
                        "ACT/365F",
                        "100000000",
                        null,
                        null,
                        null));
        seriesReady = true;
    }

    /** 1,000 units of the series to {@code account} (banka's), paid for with 1,000,000 CNY minted to it. */
    private void holdBonds(String account) {
        afterPeersCatchUp(() -> as("centralbank").stableUnits().mint("CNY", account, "1000000.00"));
        as("banka").bonds().subscribe(series(), account, "100000.00");
        afterPeersCatchUp(() -> as("centralbank").bonds().issue(series(), account, "1000", "100.00"));
    }

    /**
     * Coupon claims need holdings at the end of a record date that has passed: a monthly series whose life began
     * {@link #COUPON_PERIODS} + 2 months ago, each worker's account subscribed and issued 1,000 units in
     * transactions stamped on the issue date (Fabric takes a transaction's time from the client's signed header),
     * then {@link #COUPON_PERIODS} periods opened now. Every claim is paid from the issuer's main account.
     */
    private void setUpCoupons(int from, int to) {
        prepareReserves();
        Instant issued = couponIssue.atTime(10, 0).toInstant(ZoneOffset.UTC);
        if (from == 0) {
            afterPeersCatchUp(() -> as("centralbank").stableUnits().mint("CNY", "centralbank:main", "100000000.00"));
            as("centralbank", issued)
                    .bonds()
                    .create(new SeriesTerms(
                            couponSeries(),
                            "CNY",
                            "100.00",
                            "FIXED",
                            "3.00",
                            12,
                            couponIssue.toString(),
                            couponIssue.plusMonths(COUPON_PERIODS + 24).toString(),
                            "ACT/365F",
                            "100000000",
                            null,
                            null,
                            null));
        }
        for (int worker = from; worker < to; worker++) {
            int w = worker;
            open("banka", w, "c");
            afterPeersCatchUp(() -> as("centralbank").stableUnits().mint("CNY", account(w, "c"), "1000000.00"));
            afterPeersCatchUp(
                    () -> as("banka", issued).bonds().subscribe(couponSeries(), account(w, "c"), "100000.00"));
            afterPeersCatchUp(
                    () -> as("centralbank", issued).bonds().issue(couponSeries(), account(w, "c"), "1000", "100.00"));
        }
        if (from == 0) {
            for (int k = 1; k <= COUPON_PERIODS; k++) {
                String recordDate = couponIssue.plusMonths(k).minusDays(1).toString();
                afterPeersCatchUp(() -> as("centralbank").bonds().coupon(couponSeries(), recordDate));
            }
        }
    }

    private String couponSeries() {
        return "BC-" + run;
    }

    /** The id of the k-th period (from 1): its coupon date. */
    private String couponPeriod(int k) {
        return couponIssue.plusMonths(k).toString();
    }

    /**
     * Runs a setup step that depends on another organization's transaction just committed: an endorsing peer a
     * block behind answers as if it had not happened (FORBIDDEN, NOT_FOUND...), so try again for a few seconds.
     */
    private static void afterPeersCatchUp(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (BondBridgeException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean reservesReady;

    private void prepareReserves() {
        if (reservesReady) {
            return;
        }
        as("centralbank").reserves().add(cash("BENCH-CNY-" + run, "CNY"));
        as("hkcentralbank").reserves().add(cash("BENCH-HKD-" + run, "HKD"));
        reservesReady = true;
    }

    private static AssetSpec cash(String id, String currency) {
        return new AssetSpec(
                id,
                currency,
                AssetClass.CASH,
                currency,
                new BigDecimal("1000000000000"),
                BigDecimal.ONE,
                null,
                null,
                "BENCH",
                null);
    }

    private void open(String org, int worker, String suffix) {
        String account = account(worker, suffix);
        as(org).governance().openAccount(account.substring(account.indexOf(':') + 1));
    }

    /**
     * The PvP creditor of a worker: Bank B's account of its own. One creditor for all workers was a hot row every
     * payment wrote (the benchmark's, not the ledger's).
     */
    private String creditor(int worker, String suffix) {
        String name = account(worker, suffix);
        return "bankb:" + name.substring(name.indexOf(':') + 1);
    }

    private String account(int worker, String suffix) {
        return "banka:b" + run.toLowerCase(Locale.ROOT) + "w" + worker + suffix;
    }

    private String series() {
        return "BB-" + run;
    }

    private String corridor() {
        return "BENCH-" + run;
    }

    private String desk() {
        return "bankb:fx" + run.toLowerCase(Locale.ROOT);
    }

    private BondBridge as(String org) {
        return BondBridge.open(setupAs(org));
    }

    /** A setup connection whose transactions are stamped {@code at} (its own, so the others keep the clock). */
    private BondBridge as(String org, Instant at) {
        return BondBridge.open(
                setup.computeIfAbsent(org + "@" + at, o -> GatewayTransport.connect(FabricProfile.load(profiles, org))
                        .at(at)));
    }

    private GatewayTransport setupAs(String org) {
        return setup.computeIfAbsent(org, o -> GatewayTransport.connect(FabricProfile.load(profiles, o)));
    }

    /** Each submit tried once: {@link LoadRun} retries and counts. */
    private GatewayTransport loadAs(String org) {
        return load.computeIfAbsent(org, o -> GatewayTransport.connect(FabricProfile.load(profiles, o), once()));
    }

    /** A token account of one worker in this run. */
    private String tokenAccount(int worker, String role) {
        return run + "-" + role + worker;
    }

    private GatewayTransport ceiling() {
        return load.computeIfAbsent("ceiling@banka", o -> {
            FabricProfile p = FabricProfile.load(profiles, "banka");
            return GatewayTransport.connect(
                    new FabricProfile(
                            p.org(),
                            p.mspId(),
                            p.peerEndpoint(),
                            p.peerHostOverride(),
                            p.tlsCaCertPath(),
                            p.certPath(),
                            p.keyPath(),
                            p.channel(),
                            "ceiling"),
                    once());
        });
    }

    private static GatewayTransport.Options once() {
        GatewayTransport.Options d = GatewayTransport.Options.DEFAULTS;
        return new GatewayTransport.Options(
                d.evaluateTimeout(),
                d.endorseTimeout(),
                d.submitTimeout(),
                d.commitStatusTimeout(),
                1,
                d.firstBackoff(),
                d.maxBackoff());
    }

    void close() {
        setup.values().forEach(GatewayTransport::close);
        load.values().forEach(GatewayTransport::close);
    }
}
