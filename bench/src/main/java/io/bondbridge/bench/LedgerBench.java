package io.bondbridge.bench;

import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Embedded ledger throughput: the same transactions (governance openAccount, one state write and two reads each)
 * on an in-memory ledger (the baseline), on disk without fsync, and on disk with an fsync per commit (the
 * default). Prints its settings, then per mode the median of the rounds and its ratio to the baseline.
 *
 * <p>Run: {@code scripts/bench.sh} (or {@code java -cp
 * client/target/bondbridge.jar:bench/target/bondbridge-bench.jar io.bondbridge.bench.LedgerBench [transactions]
 * [rounds]}).
 */
public final class LedgerBench {
    private LedgerBench() {}

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(
                Locale.ROOT,
                "LedgerBench: %d openAccount transactions per round, %d rounds, warm-up 3 rounds, "
                        + "java %s, %d cores%n",
                transactions,
                rounds,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        // JIT warm-up on the baseline path, so the first measured mode is not penalized.
        run("warm-up (not counted)", transactions, 3, null);
        double baseline = run("in-memory (baseline)", transactions, rounds, null);
        double noSync = run("disk, no fsync", transactions, rounds, new EmbeddedLedger.Options(false));
        double sync = run("disk, fsync per commit (default)", transactions, rounds, EmbeddedLedger.Options.DEFAULT);
        System.out.printf(
                Locale.ROOT,
                "ratio to baseline: disk no-fsync %.2fx, disk fsync %.2fx (tx/s; lower = slower)%n",
                noSync / baseline,
                sync / baseline);
    }

    /** Returns the median throughput in transactions per second. */
    private static double run(String mode, int transactions, int rounds, EmbeddedLedger.Options options)
            throws Exception {
        double[] tps = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Path dir = options == null ? null : Files.createTempDirectory("bondbridge-bench-");
            try (EmbeddedLedger ledger = dir == null ? EmbeddedLedger.inMemory() : EmbeddedLedger.open(dir, options)) {
                ledger.transport("centralbank").submit("governance", "init");
                Transport bank = ledger.transport("banka");
                long start = System.nanoTime();
                for (int i = 0; i < transactions; i++) {
                    bank.submit("governance", "openAccount", "acct" + i);
                }
                tps[r] = transactions / ((System.nanoTime() - start) / 1e9);
            }
        }
        Arrays.sort(tps);
        double median = tps[rounds / 2];
        System.out.printf(Locale.ROOT, "  %-34s median %8.0f tx/s  (%.3f ms/tx)%n", mode, median, 1000 / median);
        return median;
    }
}
