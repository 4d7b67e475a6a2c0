package io.bondbridge.client.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.faults.FaultChecks;
import io.bondbridge.client.payment.SendRequest;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import io.bondbridge.client.transport.Transport;
import io.bondbridge.client.transport.TxResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Faults under a bounded load, on a network of hosts ({@code scripts/network-test.sh --faults}: each organization's
 * peer and each of three Raft orderers in its own network namespace). While {@value #IN_FLIGHT} workers submit
 * stable mints, transfers, PvP payments and bond transfers, each fault is injected and repaired in turn: a peer and
 * the chaincode server killed with SIGKILL and started again, a Raft follower killed (the service goes on) and then
 * the leader, an organization's host cut off the network and healed. After each, with the load stopped: every
 * transaction the client saw committed is VALID in every peer's blocks, the peers' heights converge, stable units
 * and bonds are conserved as read through each peer, and every failure the client saw was a coded
 * {@link BondBridgeException} within the call bound (no hang). The closing table gives per fault the
 * acknowledged transactions checked and the recovery times.
 *
 * <p>Skipped unless {@code -Dbondbridge.faults=true}: it kills nodes, so only the fault run may run it.
 */
class FaultsNetworkIT extends LiveNetworkTest {
    private static final List<String> ORGS = List.of("centralbank", "hkcentralbank", "banka", "bankb", "regulator");
    private static final int IN_FLIGHT = 4;

    /** Short deadlines, so a call into a dead or cut-off node ends (coded) well before the test would give up. */
    private static final GatewayTransport.Options OPTIONS = new GatewayTransport.Options(
            Duration.ofSeconds(5),
            Duration.ofSeconds(8),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            3,
            Duration.ofMillis(200),
            Duration.ofSeconds(2));

    /** The longest one call may take: 3 attempts of endorse 8 s + submit 5 s + commit 10 s, 2 pauses of 2 s; +5 s. */
    private static final Duration CALL_BOUND = Duration.ofSeconds(3 * (8 + 5 + 10) + 2 * 2 + 5);

    /** How long a node stays dead; a cut-off host longer, past the client's endorse deadline (8 s). */
    private static final Duration HOLD = Duration.ofSeconds(6);

    private static final Duration CUT_OFF = Duration.ofSeconds(15);

    /** A worker whose call failed waits this long before its next, as a client would, instead of spinning. */
    private static final Duration PAUSE_AFTER_ERROR = Duration.ofMillis(250);

    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

    enum Op {
        MINT_CNY("centralbank"),
        MINT_HKD("hkcentralbank"),
        TRANSFER("banka"),
        PVP("banka"),
        BOND("banka");

        final String org;

        Op(String org) {
            this.org = org;
        }
    }

    /** One call of the driver: acknowledged when {@code error} is null. */
    record Outcome(Op op, String txId, ErrorCode error, String message, Instant start, Instant end, BigDecimal amount) {
        boolean acked() {
            return error == null;
        }

        Duration took() {
            return Duration.between(start, end);
        }
    }

    /**
     * One fault: acknowledgements while it lasted; outage (injection to the first acknowledged call of the affected
     * path begun after it); repair (how long the restart or heal command took); back (repair begun to the first
     * acknowledged call of the affected path begun after it); converge (load stopped to every peer at one height); the
     * acknowledged transactions checked on every peer; the slowest call; the client's errors by code, with one
     * message of each.
     */
    record Row(
            String fault,
            long ackedDuringFault,
            Duration outage,
            Duration repair,
            Duration back,
            Duration converge,
            int ackedChecked,
            Duration slowestCall,
            Map<String, Integer> errors,
            Map<String, String> samples) {}

    private final Map<String, GatewayTransport> clients = new HashMap<>();
    private final Map<String, GatewayTransport> readers = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> indexes = new HashMap<>();
    private final Map<String, Long> indexedTo = new HashMap<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> violations = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private Path script;
    private String run;
    /** This run's accounts, by role; each kind of operation has its own, so the load's workers rarely collide. */
    private final Map<String, String> accounts = new LinkedHashMap<>();

    private String series;
    private final Map<String, BigDecimal> baseline = new HashMap<>();

    @Test
    void everyAcknowledgedTransactionSurvivesEachFaultOnEveryPeer() throws Exception {
        assumeTrue(
                Boolean.getBoolean("bondbridge.faults"),
                "the fault run kills nodes: only scripts/network-test.sh --faults runs it");
        script = Path.of(System.getProperty("bondbridge.network.script", "scripts/network.sh"));
        try {
            connect();
            setUp();
            fault(
                    "peer0.banka kill -9, restart",
                    Op.TRANSFER,
                    HOLD,
                    () -> network("kill", "banka"),
                    () -> network("start", "banka"));
            fault(
                    "chaincode server kill -9, restart",
                    Op.MINT_CNY,
                    HOLD,
                    () -> network("kill", "chaincode"),
                    () -> network("start", "chaincode"));
            String leader = network("leader").trim();
            String follower = leader.equals("orderer0") ? "orderer1" : "orderer0";
            fault(
                    "Raft follower " + follower + " kill -9, restart",
                    Op.MINT_CNY,
                    HOLD,
                    () -> network("kill", follower),
                    () -> network("start", follower));
            String leaderNow = network("leader").trim();
            fault(
                    "Raft leader " + leaderNow + " kill -9, restart",
                    Op.MINT_CNY,
                    HOLD,
                    () -> network("kill", leaderNow),
                    () -> network("start", leaderNow));
            fault(
                    "hkcentralbank host cut off, healed",
                    Op.MINT_HKD,
                    CUT_OFF,
                    () -> network("isolate", "hkcentralbank"),
                    () -> network("heal", "hkcentralbank"));
            selfTest();
        } finally {
            printTable();
            clients.values().forEach(GatewayTransport::close);
            readers.values().forEach(GatewayTransport::close);
        }
        assertThat(violations).as("properties broken under faults").isEmpty();
        Row follower = rows.get(2);
        assertThat(follower.ackedDuringFault())
                .as("with one Raft follower down the service goes on")
                .isPositive();
        Row chaincode = rows.get(1);
        assertThat(chaincode.back())
                .as("mints commit again within 10 s of the chaincode server listening (the peers reconnecting used to"
                        + " stall each other's transactions for 30 s: the chaincode's server.PeerStreams)")
                .isLessThan(chaincode.repair().plusSeconds(10));
    }

    // ------------------------------------------------------------------ set-up

    private void connect() {
        Path profiles = FabricNetwork.profiles();
        FabricProfile regulator = FabricProfile.load(profiles, "regulator");
        for (String org : ORGS) {
            FabricProfile own = FabricProfile.load(profiles, org);
            clients.put(org, GatewayTransport.connect(own, OPTIONS));
            // The regulator may read every balance and holding; through this organization's own peer.
            readers.put(
                    org,
                    GatewayTransport.connect(
                            new FabricProfile(
                                    org,
                                    regulator.mspId(),
                                    own.peerEndpoint(),
                                    own.peerHostOverride(),
                                    own.tlsCaCertPath(),
                                    regulator.certPath(),
                                    regulator.keyPath(),
                                    own.channel(),
                                    own.chaincode()),
                            OPTIONS));
        }
    }

    /** Accounts of this run only, funded, a quote for PvP and a bond series held by Bank A. */
    private void setUp() {
        run = FabricNetwork.runId();
        String r = run.toLowerCase(Locale.ROOT);
        // transfer from/to, PvP payer/beneficiary/FX desk, mint targets, bond holder/receiver
        for (String role : List.of(
                "banka:fa",
                "banka:fc",
                "banka:pa",
                "bankb:pb",
                "bankb:fx",
                "banka:fm",
                "bankb:fh",
                "banka:ba",
                "bankb:bb")) {
            accounts.put(role.substring(role.indexOf(':') + 1), role + r);
        }
        series = "FLT-" + run;
        for (String account : accounts.values()) {
            clients.get(account.substring(0, account.indexOf(':')))
                    .submit("governance", "openAccount", account.substring(account.indexOf(':') + 1));
        }
        BondBridge cb = BondBridge.open(clients.get("centralbank"));
        BondBridge hk = BondBridge.open(clients.get("hkcentralbank"));
        cb.fx().setReference("CNY", "0.1391130154");
        hk.fx().setReference("HKD", "0.1282051282");
        cb.reserves().add(cash("FLT-CNY-" + run, "CNY", "100000000"));
        hk.reserves().add(cash("FLT-HKD-" + run, "HKD", "100000000"));
        cb.stableUnits().mint("CNY", acct("fa"), "100000.00");
        cb.stableUnits().mint("CNY", acct("pa"), "100000.00");
        cb.stableUnits().mint("CNY", acct("ba"), "100000.00");
        hk.stableUnits().mint("HKD", acct("fx"), "100000.00");
        BondBridge.open(clients.get("bankb"))
                .payments()
                .quote(
                        acct("fx"),
                        "CNY",
                        "HKD",
                        "1.0850",
                        Instant.now().plus(Duration.ofDays(1)).toString());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        cb.bonds()
                .create(new SeriesTerms(
                        series,
                        "CNY",
                        "100.00",
                        "FIXED",
                        "3.00",
                        2,
                        today.toString(),
                        today.plusYears(1).toString(),
                        "ACT/365F",
                        "100000",
                        null,
                        null,
                        null));
        BondBridge banka = BondBridge.open(clients.get("banka"));
        banka.bonds().subscribe(series, acct("ba"), "100000.00");
        cb.bonds().issue(series, acct("ba"), "1000", "100.00"); // 1,000 units x 100.00 = 100,000.00 CNY
        awaitConvergence();
        for (String org : ORGS) {
            indexTo(org);
            baseline.put(org + " CNY", sum(org, "CNY"));
            baseline.put(org + " HKD", sum(org, "HKD"));
        }
    }

    private String acct(String role) {
        return accounts.get(role);
    }

    private static AssetSpec cash(String id, String currency, String amount) {
        return new AssetSpec(
                id,
                currency,
                AssetClass.CASH,
                currency,
                new BigDecimal(amount),
                BigDecimal.ONE,
                null,
                null,
                "CB",
                null);
    }

    // ------------------------------------------------------------------ load

    private final class Load implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService workers = Executors.newFixedThreadPool(IN_FLIGHT);

        Load() {
            for (int w = 0; w < IN_FLIGHT; w++) {
                int first = w;
                workers.submit(() -> {
                    for (long n = first; running.get(); n++) {
                        if (!call(Op.values()[(int) (n % Op.values().length)])) {
                            sleep(PAUSE_AFTER_ERROR);
                        }
                    }
                });
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            workers.shutdown();
            if (!workers.awaitTermination(CALL_BOUND.toSeconds() + 30, TimeUnit.SECONDS)) {
                violations.add("a load worker hung beyond " + CALL_BOUND.toSeconds() + " s");
                workers.shutdownNow();
            }
        }
    }

    /**
     * One operation, its outcome recorded whatever happens: a coded error, or anything else (a violation); true when
     * acknowledged.
     */
    private boolean call(Op op) {
        long n = sequence.incrementAndGet();
        Capture capture = new Capture(clients.get(op.org));
        BondBridge as = BondBridge.open(capture);
        Instant start = Instant.now();
        BigDecimal amount = null;
        try {
            switch (op) {
                case MINT_CNY -> {
                    amount = new BigDecimal("1.00");
                    as.stableUnits().mint("CNY", acct("fm"), "1.00");
                }
                case MINT_HKD -> {
                    amount = new BigDecimal("1.00");
                    as.stableUnits().mint("HKD", acct("fh"), "1.00");
                }
                case TRANSFER -> as.stableUnits().transfer("CNY", acct("fa"), acct("fc"), "0.50");
                // 2.00 CNY to the desk; 2.17 HKD (2.00 x 1.0850) from the desk to Bank B
                case PVP ->
                    as.payments()
                            .send(SendRequest.of("FLT-" + run + "-" + n, "CN-HK", acct("pa"), acct("pb"), "2.00", "CNY")
                                    .withFx("HKD", "1.0850", acct("fx")));
                case BOND -> as.bonds().transfer(series, acct("ba"), acct("bb"), "1");
            }
            outcomes.add(new Outcome(op, capture.txId, null, null, start, Instant.now(), amount));
            return true;
        } catch (BondBridgeException e) {
            String txId = e.txId() != null ? e.txId() : capture.txId;
            outcomes.add(new Outcome(op, txId, e.code(), e.getMessage(), start, Instant.now(), amount));
        } catch (RuntimeException e) {
            outcomes.add(
                    new Outcome(op, capture.txId, ErrorCode.INTERNAL, "UNCODED " + e, start, Instant.now(), amount));
            synchronized (violations) {
                violations.add(op + " failed without a code: " + e);
            }
        }
        return false;
    }

    /** The transport of one call, remembering the transaction id of its submit. */
    private static final class Capture implements Transport {
        private final Transport delegate;
        volatile String txId;

        Capture(Transport delegate) {
            this.delegate = delegate;
        }

        @Override
        public TxResult submit(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
            TxResult result = delegate.submit(contract, function, args, transientData);
            txId = result.txId();
            return result;
        }

        @Override
        public String evaluate(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
            return delegate.evaluate(contract, function, args, transientData);
        }

        @Override
        public String mspId() {
            return delegate.mspId();
        }

        @Override
        public void close() {}
    }

    // ------------------------------------------------------------------ faults

    private void fault(String name, Op probe, Duration hold, Runnable inject, Runnable repair) throws Exception {
        System.out.printf(Locale.ROOT, "[faults] == %s%n", name);
        Instant phaseStart = Instant.now();
        Instant injected;
        Instant repaired;
        Instant back;
        Duration repairTook;
        long ackedDuringFault;
        try (Load load = new Load()) {
            sleep(Duration.ofSeconds(3));
            injected = Instant.now();
            inject.run();
            sleep(hold);
            repaired = Instant.now();
            ackedDuringFault = outcomes.stream()
                    .filter(o -> o.acked() && o.start().isAfter(injected))
                    .count();
            repair.run();
            repairTook = Duration.between(repaired, Instant.now());
            // Recovered once an operation of the affected path, begun after the repair, commits.
            Instant[] firstAck = new Instant[1];
            waitFor("an acknowledged " + probe + " after " + name, () -> {
                for (Outcome o : outcomes) {
                    if (o.op() == probe && o.acked() && o.start().isAfter(repaired)) {
                        firstAck[0] = o.end();
                        return true;
                    }
                }
                return false;
            });
            back = firstAck[0] == null ? Instant.now() : firstAck[0];
            sleep(Duration.ofSeconds(2));
        }
        Instant outageEnd = outcomes.stream()
                .filter(o -> o.op() == probe && o.acked() && o.start().isAfter(injected))
                .map(Outcome::end)
                .min(Instant::compareTo)
                .orElse(back);
        Instant stopped = Instant.now();
        Instant converged = awaitConvergence();
        int checked = check(name);
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, String> samples = new TreeMap<>();
        Duration slowest = Duration.ZERO;
        for (Outcome o : outcomes) {
            if (!o.start().isBefore(phaseStart)) {
                if (!o.acked()) {
                    errors.merge(o.error().name(), 1, Integer::sum);
                    samples.putIfAbsent(o.error().name(), o.op() + ": " + o.message());
                }
                slowest = o.took().compareTo(slowest) > 0 ? o.took() : slowest;
            }
        }
        rows.add(new Row(
                name,
                ackedDuringFault,
                Duration.between(injected, outageEnd),
                repairTook,
                Duration.between(repaired, back),
                Duration.between(stopped, converged),
                checked,
                slowest,
                errors,
                samples));
    }

    /** The checks after a fault, on every peer; returns how many acknowledged transactions were checked. */
    private int check(String fault) {
        List<Outcome> all = new ArrayList<>(outcomes);
        List<String> acked =
                all.stream().filter(Outcome::acked).map(Outcome::txId).toList();
        Map<String, BigDecimal> cnyMints = new HashMap<>();
        Map<String, BigDecimal> hkdMints = new HashMap<>();
        for (Outcome o : all) {
            if (o.txId() != null && o.op() == Op.MINT_CNY) {
                cnyMints.put(o.txId(), o.amount());
            } else if (o.txId() != null && o.op() == Op.MINT_HKD) {
                hkdMints.put(o.txId(), o.amount());
            }
            if (!o.took().minus(CALL_BOUND).isNegative()) {
                violations.add(fault + ": " + o.op() + " took " + o.took().toSeconds() + " s, above the bound");
            }
        }
        for (String org : ORGS) {
            Map<String, Integer> index = indexTo(org);
            List<String> lost = FaultChecks.missing(acked, index);
            if (!lost.isEmpty()) {
                violations.add(fault + ": " + lost.size() + " acknowledged transaction(s) not VALID on " + org
                        + "'s peer: " + lost.subList(0, Math.min(5, lost.size())));
            }
            note(FaultChecks.conservation(
                    fault + ", CNY through " + org,
                    baseline.get(org + " CNY"),
                    sum(org, "CNY"),
                    FaultChecks.committedSum(cnyMints, index)));
            note(FaultChecks.conservation(
                    fault + ", HKD through " + org,
                    baseline.get(org + " HKD"),
                    sum(org, "HKD"),
                    FaultChecks.committedSum(hkdMints, index)));
            BondBridge reader = BondBridge.open(readers.get(org));
            BigDecimal held = BigDecimal.ZERO;
            for (Holding h : reader.bonds().holdings(series, null)) {
                held = held.add(h.units().toBigDecimal()).add(h.locked().toBigDecimal());
            }
            BigDecimal outstanding = reader.bonds().show(series).outstanding().toBigDecimal();
            note(FaultChecks.bondConservation(fault + ", " + series + " through " + org, held, outstanding));
            note(FaultChecks.bondConservation(
                    fault + ", " + series + " issued through " + org, outstanding, new BigDecimal("1000")));
        }
        System.out.printf(
                Locale.ROOT,
                "[faults]    %d acknowledged transactions VALID on all %d peers; conservation checked%n",
                acked.size(),
                ORGS.size());
        return acked.size();
    }

    /** The checks themselves catch a break, on this run's data: a made-up acknowledgement, a mint not counted. */
    private void selfTest() {
        Map<String, Integer> index = indexes.get("regulator");
        List<String> lost = FaultChecks.missing(List.of("not-a-committed-tx"), index);
        if (lost.isEmpty()) {
            violations.add("self-test: a transaction no peer holds was not reported lost");
        }
        BigDecimal before = baseline.get("regulator CNY");
        BigDecimal now = sum("regulator", "CNY");
        // what the regulator's peer holds now, plus one unit that no mint made
        String madeUp = FaultChecks.conservation(
                "CNY through regulator", before, now.add(BigDecimal.ONE), now.subtract(before));
        if (madeUp == null) {
            violations.add("self-test: one unit from nowhere was not caught");
        }
        System.out.printf(
                Locale.ROOT,
                "[faults] self-test on this run's data: a made-up acknowledgement -> lost %s; one unit from nowhere -> %s%n",
                lost,
                madeUp);
    }

    // ------------------------------------------------------------------ reading the peers

    private BigDecimal sum(String org, String currency) {
        BondBridge reader = BondBridge.open(readers.get(org));
        BigDecimal total = BigDecimal.ZERO;
        for (String account : accounts.values()) {
            total = total.add(
                    reader.stableUnits().balance(currency, account).balance().toBigDecimal());
        }
        return total;
    }

    /** Indexes the blocks this peer committed since the last call; returns its whole index. */
    private Map<String, Integer> indexTo(String org) {
        Map<String, Integer> index = indexes.computeIfAbsent(org, o -> new HashMap<>());
        long from = indexedTo.getOrDefault(org, 0L);
        List<byte[]> blocks = readers.get(org).blocks(from);
        index.putAll(FaultChecks.index(blocks));
        indexedTo.put(org, from + blocks.size());
        return index;
    }

    /** Waits until every peer reports the same height twice, a second apart; returns when. */
    private Instant awaitConvergence() {
        Map<String, Long> last = new HashMap<>();
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        while (true) {
            Map<String, Long> heights = new TreeMap<>();
            for (String org : ORGS) {
                try {
                    heights.put(org, readers.get(org).height());
                } catch (BondBridgeException e) {
                    heights.put(org, -1L);
                }
            }
            if (FaultChecks.converged(heights) && heights.equals(last)) {
                return Instant.now();
            }
            if (Instant.now().isAfter(deadline)) {
                violations.add("heights did not converge within " + RECOVERY_LIMIT.toSeconds() + " s: " + heights);
                return Instant.now();
            }
            last = heights;
            sleep(Duration.ofSeconds(1));
        }
    }

    private void waitFor(String what, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                violations.add("no recovery within " + RECOVERY_LIMIT.toSeconds() + " s: " + what);
                return;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private void note(String violation) {
        if (violation != null) {
            violations.add(violation);
        }
    }

    // ------------------------------------------------------------------ the network

    /** Runs {@code network.sh ARGS...}; its output, or an IllegalStateException with it when it fails. */
    private String network(String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("network.sh " + String.join(" ", args) + " failed: " + err);
            }
            System.out.print(err.lines().map(l -> "[faults]    " + l + "\n").reduce("", String::concat));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void printTable() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                Locale.ROOT,
                "%n[faults] %-38s %8s %7s %7s %7s %8s %8s %8s  %s%n",
                "fault",
                "acked-in",
                "outage",
                "repair",
                "back",
                "converge",
                "checked",
                "slowest",
                "client errors (coded)"));
        for (Row r : rows) {
            t.append(String.format(
                    Locale.ROOT,
                    "[faults] %-38s %8d %6.1fs %6.1fs %6.1fs %7.1fs %8d %7.1fs  %s%n",
                    r.fault(),
                    r.ackedDuringFault(),
                    seconds(r.outage()),
                    seconds(r.repair()),
                    seconds(r.back()),
                    seconds(r.converge()),
                    r.ackedChecked(),
                    seconds(r.slowestCall()),
                    r.errors().isEmpty() ? "none" : r.errors()));
        }
        for (Row r : rows) {
            r.samples()
                    .forEach((code, message) -> t.append(String.format(
                            Locale.ROOT,
                            "[faults]   %s, %s e.g. %s%n",
                            r.fault(),
                            code,
                            message.length() > 220 ? message.substring(0, 220) + "..." : message)));
        }
        Map<Op, Long> acked = new EnumMap<>(Op.class);
        outcomes.stream().filter(Outcome::acked).forEach(o -> acked.merge(o.op(), 1L, Long::sum));
        long committedAnyway = 0;
        Map<String, Integer> regulator = indexes.getOrDefault("regulator", Map.of());
        for (Outcome o : outcomes) {
            if (!o.acked()
                    && o.txId() != null
                    && Integer.valueOf(FaultChecks.VALID).equals(regulator.get(o.txId()))) {
                committedAnyway++;
            }
        }
        t.append(String.format(
                Locale.ROOT,
                "[faults] %d calls, acknowledged by kind %s; %d failed calls committed anyway (counted in conservation)%n",
                outcomes.size(),
                acked,
                committedAnyway));
        t.append(
                violations.isEmpty()
                        ? "[faults] every property held after every fault\n"
                        : "[faults] VIOLATIONS:\n[faults]   " + String.join("\n[faults]   ", violations) + "\n");
        System.out.print(t);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
