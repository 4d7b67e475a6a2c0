package io.bondbridge.bench.fabric;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project's own load driver on a live network ({@code scripts/bench.sh --fabric}): each workload at each
 * in-flight window, committed TPS and submit-to-commit p50/p99, failed attempts by code before and after retry, and
 * the ratio to the one-key-write ceiling measured at the same window in slices alternating with the workload's (the
 * machine drifts: in one run the ceiling read 106-117 TPS at the start and 67-70 ten minutes later, and single 20 s
 * points of it strayed by a fifth either way, so a ceiling measured once is no yardstick for a workload measured
 * minutes away); then the latency of mints one after another.
 *
 * <pre>
 * FabricBench --profiles network/.local/profiles [--workloads ceiling,transfer,...] [--windows 16,32,64]
 *             [--prime 8] [--rounds 2] [--warmup 4] [--seconds 10] [--mints 100,1000] [--json FILE] [--png FILE]
 * </pre>
 */
public final class FabricBench {
    /** Held so the setting sticks: gRPC's INFO lines would interleave with the table. */
    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");

    private FabricBench() {}

    record Settings(
            Path profiles,
            List<String> workloads,
            List<Integer> windows,
            Duration warmup,
            Duration measured,
            Duration prime,
            int rounds,
            List<Integer> mints,
            Path json,
            Path png) {}

    public static void main(String[] args) throws IOException {
        GRPC_LOG.setLevel(java.util.logging.Level.WARNING);
        Settings s = parse(args);
        System.out.printf(
                Locale.ROOT,
                "Fabric benchmark: workloads %s, in flight %s, each first primed %d s unmeasured at the largest window;"
                        + " %d s warm-up (dropped) + %d s measured per slice;"
                        + " closed loop (each worker submits its next transaction when the last one committed);"
                        + " failed attempts retried up to %d times, %d ms doubling to %d ms; at each window %d rounds"
                        + " of a ceiling slice then a workload slice, each ratio to the ceiling's slices beside it;"
                        + " profiles %s%n",
                s.workloads(),
                s.windows(),
                s.prime().toSeconds(),
                s.warmup().toSeconds(),
                s.measured().toSeconds(),
                LoadRun.RETRY.maxAttempts() - 1,
                LoadRun.RETRY.firstBackoff().toMillis(),
                LoadRun.RETRY.maxBackoff().toMillis(),
                s.rounds(),
                s.profiles());
        Workloads workloads = new Workloads(s.profiles());
        CpuMeter cpu = CpuMeter.of(s.profiles().toAbsolutePath().getParent());
        List<LoadRun.Result> results = new ArrayList<>();
        Map<String, LoadRun.Result> ceilings = new LinkedHashMap<>();
        Map<String, List<Double>> rounds = new LinkedHashMap<>();
        Map<String, Object> sequence = new LinkedHashMap<>();
        try {
            int max = s.windows().stream().mapToInt(Integer::intValue).max().orElse(1);
            // Every workload once, unmeasured, before any is measured: both chaincode servers (JVMs) and the client
            // compile their hot paths under load, so the first workloads measured do not pay for it.
            if (!s.prime().isZero()) {
                for (String name : s.workloads()) {
                    LoadRun.Result primed =
                            LoadRun.run(name, max, Duration.ZERO, s.prime(), workloads.prepare(name, max), null);
                    if (primed.committed() == 0) { // a table of zeros would say nothing about why
                        throw new IllegalStateException(String.format(
                                "%s committed nothing in its %d s prime (failed: %s)%s",
                                name,
                                s.prime().toSeconds(),
                                primed.failedAfterRetry(),
                                name.equals(CEILING) ? "; is it deployed? scripts/network.sh deploy-ceiling" : ""));
                    }
                }
            }
            boolean paired = s.workloads().contains(CEILING) && s.workloads().size() > 1;
            LoadRun.Tx ceiling = s.workloads().contains(CEILING) ? workloads.prepare(CEILING, max) : null;
            for (String name : s.workloads()) {
                if (paired && name.equals(CEILING)) {
                    continue; // measured beside every other workload instead
                }
                LoadRun.Tx tx = workloads.prepare(name, max);
                for (int window : s.windows()) {
                    // Rounds alternate the ceiling and the workload, so drift of the machine between them falls
                    // on both alike; each round's ratio is kept to show how far single rounds stray.
                    List<LoadRun.Slice> ceilingSlices = new ArrayList<>();
                    List<LoadRun.Slice> slices = new ArrayList<>();
                    List<Double> roundRatios = new ArrayList<>();
                    for (int round = 0; round < (paired ? s.rounds() : 1); round++) {
                        LoadRun.Slice c = null;
                        if (paired) {
                            c = LoadRun.slice(CEILING, window, s.warmup(), s.measured(), ceiling, cpu);
                            ceilingSlices.add(c);
                        }
                        LoadRun.Slice w = LoadRun.slice(name, window, s.warmup(), s.measured(), tx, cpu);
                        slices.add(w);
                        if (c != null && c.tps() > 0) {
                            roundRatios.add(w.tps() / c.tps());
                        }
                    }
                    String key = name + "@" + window;
                    if (paired) {
                        LoadRun.Result c = LoadRun.merge(CEILING, window, ceilingSlices);
                        ceilings.put(key, c);
                        print(c);
                        rounds.put(key, roundRatios);
                    }
                    LoadRun.Result r = LoadRun.merge(name, window, slices);
                    results.add(r);
                    print(r);
                }
            }
            if (!s.mints().isEmpty()) {
                int count = s.mints().stream().mapToInt(Integer::intValue).max().orElseThrow();
                double[] millis = workloads.mintsInARow(count);
                for (int k : s.mints()) {
                    sequence.put("mint " + k, medianAround(millis, k));
                }
            }
        } finally {
            workloads.close();
        }
        System.out.println();
        System.out.print(table(results, ceilings, rounds));
        System.out.println();
        System.out.print(cpuTable(results, ceilings));
        if (!sequence.isEmpty()) {
            System.out.println();
            System.out.println("Mints one after another (median of the 10 mints ending at the k-th), one currency:");
            sequence.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-10s %6.0f ms%n", k, (Double) v));
        }
        if (s.json() != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(
                    "settings",
                    Map.of(
                            "workloads", s.workloads(),
                            "windows", s.windows(),
                            "primeSeconds", s.prime().toSeconds(),
                            "warmupSeconds", s.warmup().toSeconds(),
                            "measuredSeconds", s.measured().toSeconds(),
                            "rounds", s.rounds()));
            out.put("results", results);
            out.put("ceilingBeside", ceilings);
            out.put("ceilingRatios", ratios(results, ceilings));
            out.put("ceilingRatiosPerRound", rounds);
            out.put("mintsInARow", sequence);
            Files.writeString(
                    s.json(),
                    new GsonBuilder()
                            .setPrettyPrinting()
                            .serializeSpecialFloatingPointValues()
                            .create()
                            .toJson(out),
                    StandardCharsets.UTF_8);
            System.out.println("JSON: " + s.json());
        }
        if (s.png() != null) {
            Chart.write(withCeiling(results, ceilings), s.png());
            System.out.println("chart: " + s.png());
        }
    }

    static final String CEILING = "ceiling";

    private static void print(LoadRun.Result r) {
        System.out.printf(
                Locale.ROOT,
                "  %-14s %3d in flight: %7.1f TPS, p50 %6.0f ms, p99 %6.0f ms%n",
                r.workload(),
                r.window(),
                r.tps(),
                r.p50Millis(),
                r.p99Millis());
    }

    /**
     * Markdown table; "vs ceiling" divides by the ceiling's TPS measured at the same window in the slices alternating
     * with the row's ({@code ceilings}, by {@code workload@window}), with the range of the single rounds' ratios
     * ({@code rounds}) in brackets; "vs median" by the median of all the ceiling's measurements at that window (a
     * single 20 s point of the ceiling varied by a fifth either way on this machine); then the ceiling's own row per
     * window: that median, and the range.
     */
    static String table(
            List<LoadRun.Result> results, Map<String, LoadRun.Result> ceilings, Map<String, List<Double>> rounds) {
        Map<String, Double> ratios = ratios(results, ceilings);
        Map<Integer, List<LoadRun.Result>> byWindow = byWindow(ceilings);
        Map<Integer, Double> medians = new LinkedHashMap<>();
        byWindow.forEach(
                (window, atWindow) -> medians.put(window, median(atWindow).tps()));
        StringBuilder b = new StringBuilder();
        b.append("| workload | in flight | committed TPS | p50 ms | p99 ms | ceiling beside, TPS | vs ceiling (rounds)"
                + " | vs median | failed attempts | failed after retry |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (LoadRun.Result r : results) {
            String key = r.workload() + "@" + r.window();
            LoadRun.Result c = ceilings.get(key);
            Double ratio = ratios.get(key);
            Double median = medians.get(r.window());
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.0f | %.0f | %s | %s | %s | %s | %s |%n",
                    r.workload(),
                    r.window(),
                    r.tps(),
                    r.p50Millis(),
                    r.p99Millis(),
                    c == null ? "-" : String.format(Locale.ROOT, "%.1f", c.tps()),
                    ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio) + range(rounds.get(key)),
                    median == null ? "-" : String.format(Locale.ROOT, "%.2fx", r.tps() / median),
                    r.failedAttempts().isEmpty() ? "0" : r.failedAttempts().toString(),
                    r.failedAfterRetry().isEmpty() ? "0" : r.failedAfterRetry().toString()));
        }
        byWindow.forEach((window, atWindow) -> b.append(String.format(
                Locale.ROOT,
                "| ceiling (median of %d, range %.1f-%.1f) | %d | %.1f | | | | | 1.00x | | |%n",
                atWindow.size(),
                atWindow.get(0).tps(),
                atWindow.get(atWindow.size() - 1).tps(),
                window,
                median(atWindow).tps())));
        return b.toString();
    }

    /**
     * CPU milliseconds per committed transaction by process group, the workload's and, for comparison, the ceiling's
     * in the slices beside it; "ceiling / total" is the ratio to the ceiling the CPU alone would give on a machine
     * whose every core is busy.
     */
    static String cpuTable(List<LoadRun.Result> results, Map<String, LoadRun.Result> ceilings) {
        StringBuilder b = new StringBuilder("CPU per committed transaction, ms (measured part of each slice):\n");
        b.append("| workload | in flight | client | chaincode | peers | orderers | total | ceiling's total beside"
                + " | ceiling / total |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (LoadRun.Result r : results) {
            Map<String, Double> cpu = r.cpuMillisPerTx();
            if (cpu == null || !cpu.containsKey("total")) {
                continue;
            }
            LoadRun.Result c = ceilings.get(r.workload() + "@" + r.window());
            Double ceilingTotal = c == null || c.cpuMillisPerTx() == null
                    ? null
                    : c.cpuMillisPerTx().get("total");
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
                    r.workload(),
                    r.window(),
                    cpu.get(CpuMeter.CLIENT),
                    cpu.get("chaincode"),
                    cpu.get("peers"),
                    cpu.get("orderers"),
                    cpu.get("total"),
                    ceilingTotal == null ? "-" : String.format(Locale.ROOT, "%.1f", ceilingTotal),
                    ceilingTotal == null ? "-" : String.format(Locale.ROOT, "%.2fx", ceilingTotal / cpu.get("total"))));
        }
        return b.toString();
    }

    /** " (0.81-0.93)": the lowest and highest ratio of single rounds, when there were several. */
    private static String range(List<Double> roundRatios) {
        if (roundRatios == null || roundRatios.size() < 2) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " (%.2f-%.2f)",
                java.util.Collections.min(roundRatios),
                java.util.Collections.max(roundRatios));
    }

    /** Each workload's TPS over the ceiling's measured beside it at the same window. */
    static Map<String, Double> ratios(List<LoadRun.Result> results, Map<String, LoadRun.Result> ceilings) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (LoadRun.Result r : results) {
            String key = r.workload() + "@" + r.window();
            LoadRun.Result c = ceilings.get(key);
            if (c != null && c.tps() > 0) {
                out.put(key, r.tps() / c.tps());
            }
        }
        return out;
    }

    /** The results and, for the chart, the ceiling's measurement of median TPS at each window. */
    private static List<LoadRun.Result> withCeiling(
            List<LoadRun.Result> results, Map<String, LoadRun.Result> ceilings) {
        List<LoadRun.Result> all = new ArrayList<>();
        byWindow(ceilings).values().forEach(atWindow -> all.add(median(atWindow)));
        all.addAll(results);
        return all;
    }

    /** The ceiling's measurements per window (in the order first measured), each list by ascending TPS. */
    private static Map<Integer, List<LoadRun.Result>> byWindow(Map<String, LoadRun.Result> ceilings) {
        Map<Integer, List<LoadRun.Result>> out = new LinkedHashMap<>();
        ceilings.values().forEach(c -> out.computeIfAbsent(c.window(), w -> new ArrayList<>())
                .add(c));
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingDouble(LoadRun.Result::tps)));
        return out;
    }

    /** The middle one of measurements sorted by TPS. */
    private static LoadRun.Result median(List<LoadRun.Result> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double medianAround(double[] millis, int k) {
        int to = Math.min(k, millis.length);
        double[] window = Arrays.copyOfRange(millis, Math.max(0, to - 10), to);
        Arrays.sort(window);
        return window.length == 0 ? Double.NaN : window[window.length / 2];
    }

    private static Settings parse(String[] args) {
        Path profiles = Path.of("network/.local/profiles");
        List<String> workloads = Workloads.ALL;
        List<Integer> windows = List.of(16, 32, 64);
        Duration warmup = Duration.ofSeconds(4);
        Duration measured = Duration.ofSeconds(10);
        Duration prime = Duration.ofSeconds(8);
        int rounds = 2;
        List<Integer> mints = List.of(100, 1000);
        Path json = null;
        Path png = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i++]) {
                case "--profiles" -> profiles = Path.of(value);
                case "--workloads" -> workloads = List.of(value.split(","));
                case "--windows" ->
                    windows = Arrays.stream(value.split(","))
                            .map(Integer::valueOf)
                            .toList();
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
                case "--seconds" -> measured = Duration.ofSeconds(Long.parseLong(value));
                case "--prime" -> prime = Duration.ofSeconds(Long.parseLong(value));
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--mints" ->
                    mints = value.equals("0")
                            ? List.of()
                            : Arrays.stream(value.split(","))
                                    .map(Integer::valueOf)
                                    .toList();
                case "--json" -> json = Path.of(value);
                case "--png" -> png = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        return new Settings(profiles, workloads, windows, warmup, measured, prime, rounds, mints, json, png);
    }
}
