package io.bondbridge.bench;

import static io.bondbridge.bench.EmbeddedBench.as;
import static io.bondbridge.bench.EmbeddedBench.tick;

import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Coupons by claim: does paying a coupon cost time linear in the number of holders, with no transaction slower than
 * one claim? For a baseline (default 1,000 holders) and a large book (default 10,000), each on a fresh in-memory
 * embedded ledger: one series, units transferred to every holder account, one coupon period opened, then every
 * holder claims, each claim timed end to end through the client and the contract router (after one warm-up run at
 * the large size). Prints its settings, per
 * size the time to open the period, mean / p99 / max ms per claim and the total, and the large/baseline ratios.
 *
 * <pre>
 * java -cp client/target/bondbridge.jar:bench/target/bondbridge-bench.jar \
 *     io.bondbridge.bench.CouponClaimBench [--holders 10000] [--baseline 1000]
 * </pre>
 */
public final class CouponClaimBench {
    static final String SERIES = "BENCH-1";

    private int holders = 10_000;
    private int baseline = 1_000;

    public static void main(String[] args) {
        CouponClaimBench bench = new CouponClaimBench();
        for (int i = 0; i + 1 < args.length; i += 2) {
            int v = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--holders" -> bench.holders = v;
                case "--baseline" -> bench.baseline = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        bench.run();
    }

    record Result(int holders, double openMs, double meanMs, double p99Ms, double maxMs, double totalMs) {}

    void run() {
        System.out.printf(
                Locale.ROOT,
                "coupon claim bench: baseline %d holders, large %d holders, one claim per holder, warm-up 1 large run,"
                        + " embedded in-memory ledger, JVM %s, %d processors, max heap %d MB%n",
                baseline,
                holders,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        // Warm-up at the large size: 2,000 baseline claims left the JIT still compiling, which made the baseline
        // look slower per claim than the large run.
        measure(holders);
        Result small = measure(baseline);
        Result large = measure(holders);
        System.out.printf(
                Locale.ROOT, "%-24s %14s %14s %8s%n", "", baseline + " holders", holders + " holders", "ratio");
        row("open period (ms)", small.openMs(), large.openMs());
        row("mean ms / claim", small.meanMs(), large.meanMs());
        row("p99 ms / claim", small.p99Ms(), large.p99Ms());
        row("max single claim (ms)", small.maxMs(), large.maxMs());
        row("total claims (ms)", small.totalMs(), large.totalMs());
        System.out.printf(
                Locale.ROOT,
                "total grows %.1fx for %.1fx the holders (linear = %.1fx); mean per claim %.2fx;"
                        + " opening the period with %d holders takes %.2f ms, no more than the slowest claim (%.2f ms):"
                        + " %s%n",
                large.totalMs() / small.totalMs(),
                (double) holders / baseline,
                (double) holders / baseline,
                large.meanMs() / small.meanMs(),
                holders,
                large.openMs(),
                large.maxMs(),
                large.openMs() <= large.maxMs() ? "yes" : "NO");
    }

    private static void row(String what, double a, double b) {
        System.out.printf(Locale.ROOT, "%-24s %14.3f %14.3f %8.2f%n", what, a, b, b / a);
    }

    private Result measure(int n) {
        try (EmbeddedLedger ledger = EmbeddedLedger.inMemory()) {
            Instant[] clock = {EmbeddedBench.START};
            BondBridge cb = EmbeddedBench.issuerWithSeries(ledger, clock, SERIES, "1000000");
            cb.stableUnits().mint("CNY", "centralbank:main", "100000000.00");
            BondBridge bank = as(ledger, "banka", tick(clock));
            bank.bonds().subscribe(SERIES, "banka:main", "100000000.00");
            as(ledger, "centralbank", tick(clock)).bonds().issue(SERIES, "banka:main", String.valueOf(n), "100.00");
            for (int i = 0; i < n; i++) {
                bank.governance().openAccount("h" + i);
                bank.bonds().transfer(SERIES, "banka:main", "banka:h" + i, "1");
            }
            long t0 = System.nanoTime();
            String period = as(ledger, "centralbank", Instant.parse("2026-06-30T09:00:00Z"))
                    .bonds()
                    .coupon(SERIES, "2026-06-30")
                    .period();
            double openMs = (System.nanoTime() - t0) / 1e6;
            BondBridge claimer = as(ledger, "banka", Instant.parse("2026-07-01T09:00:00Z"));
            double[] ms = new double[n];
            long all = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                claimer.bonds().claim(SERIES, period, "banka:h" + i);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            double total = (System.nanoTime() - all) / 1e6;
            Arrays.sort(ms);
            return new Result(n, openMs, total / n, EmbeddedBench.percentile(ms, 0.99), ms[n - 1], total);
        }
    }
}
