package io.bondbridge.bench;

import static io.bondbridge.bench.EmbeddedBench.as;
import static io.bondbridge.bench.EmbeddedBench.tick;

import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Bond issue latency against the length of the series' history: does the 10,000th primary issue of one series cost
 * what the 100th does (target: within 1.2x)? On a fresh in-memory embedded ledger, one series and one subscription,
 * the treasury issues 1.00 unit at a time, each issue timed end to end through the client and the contract router,
 * after a warm-up run of the same length on another ledger. Prints its settings, then at each checkpoint the median,
 * p90 and mean of the 50 issues ending there, and the last checkpoint's ratio to the first.
 *
 * <pre>
 * java -cp client/target/bondbridge.jar:bench/target/bondbridge-bench.jar \
 *     io.bondbridge.bench.BondIssueBench [--issues 10000] [--at 100,1000,10000]
 * </pre>
 */
public final class BondIssueBench {
    static final String SERIES = "BENCH-ISSUE-1";
    /** Issues per window, ending at each checkpoint: the median shrugs off pauses of a shared machine. */
    static final int WINDOW = 50;

    private int issues = 10_000;
    private int[] at = {100, 1_000, 10_000};

    public static void main(String[] args) {
        BondIssueBench bench = new BondIssueBench();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--issues" -> bench.issues = Integer.parseInt(args[i + 1]);
                case "--at" ->
                    bench.at = Arrays.stream(args[i + 1].split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        bench.run();
    }

    void run() {
        System.out.printf(
                Locale.ROOT,
                "bond issue bench: %d issues of 1.00 unit to one series, one after another, checkpoints %s"
                        + " (median of the %d issues ending there), warm-up 1 run, embedded in-memory ledger,"
                        + " JVM %s, %d processors%n",
                issues,
                Arrays.toString(at),
                WINDOW,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        measure();
        double[] ms = measure();
        double first = 0;
        double last = 0;
        for (int k : at) {
            if (k < WINDOW || k > issues) {
                continue;
            }
            double[] window = Arrays.copyOfRange(ms, k - WINDOW, k);
            double mean = Arrays.stream(window).average().orElse(0);
            Arrays.sort(window);
            double median = (window[WINDOW / 2 - 1] + window[WINDOW / 2]) / 2;
            double p90 = EmbeddedBench.percentile(window, 0.9);
            System.out.printf(
                    Locale.ROOT,
                    "  issue %,7d   median %8.3f ms   p90 %8.3f ms   mean %8.3f ms%n",
                    k,
                    median,
                    p90,
                    mean);
            if (first == 0) {
                first = median;
            }
            last = median;
        }
        System.out.printf(
                Locale.ROOT,
                "last checkpoint / first: %.2fx (target <= 1.20x): %s%n",
                last / first,
                last / first <= 1.2 ? "yes" : "NO");
    }

    /** Milliseconds of each issue, in order. */
    private double[] measure() {
        try (EmbeddedLedger ledger = EmbeddedLedger.inMemory()) {
            Instant[] clock = {EmbeddedBench.START};
            EmbeddedBench.issuerWithSeries(ledger, clock, SERIES, String.valueOf(issues));
            as(ledger, "banka", tick(clock)).bonds().subscribe(SERIES, "banka:main", "100000000.00");
            BondBridge treasury = as(ledger, "centralbank", tick(clock));
            double[] ms = new double[issues];
            for (int i = 0; i < issues; i++) {
                long t = System.nanoTime();
                treasury.bonds().issue(SERIES, "banka:main", "1.00", "100.00");
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            return ms;
        }
    }
}
