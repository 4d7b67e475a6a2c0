package io.bondbridge.bench;

import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Durable stable transfers per second on the embedded ledger: N submitters at once, each moving 0.01 CNY between
 * two accounts of its own (disjoint rows, so no conflicts), every transfer acknowledged only once the log is forced
 * to disk (group commit: concurrent commits share a force). The baseline is one submitter on the same kind of
 * ledger in the same run; in-memory and no-fsync rows show what the force costs.
 *
 * <pre>
 * java -cp client/target/bondbridge.jar:bench/target/bondbridge-bench.jar \
 *     io.bondbridge.bench.DurableTransferBench [--seconds 3] [--rounds 3] [--submitters 1,4,16,64]
 * </pre>
 */
public final class DurableTransferBench {
    private double seconds = 3;
    private int rounds = 3;
    private int[] submitters = {1, 4, 16, 64};

    public static void main(String[] args) throws Exception {
        DurableTransferBench bench = new DurableTransferBench();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> bench.seconds = Double.parseDouble(args[i + 1]);
                case "--rounds" -> bench.rounds = Integer.parseInt(args[i + 1]);
                case "--submitters" ->
                    bench.submitters = Arrays.stream(args[i + 1].split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        bench.run();
    }

    /** How one ledger mode opens: in memory (null sync) or on disk with or without the force. */
    private record Mode(String name, Boolean sync) {}

    void run() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "DurableTransferBench: stable transfer 0.01 CNY between each submitter's own two accounts, rounds"
                        + " of %.1f s, 1 warm-up + %d rounds per row (median), JIT warmed up first in memory, java %s,"
                        + " %d cores%n",
                seconds,
                rounds,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        int most = Arrays.stream(submitters).max().orElse(1);
        List<Mode> modes = List.of(
                new Mode("in memory", null),
                new Mode("disk, no fsync", false),
                new Mode("disk, fsync before ack (default)", true));
        System.out.printf(
                Locale.ROOT, "  %-34s %10s %10s %10s %12s%n", "mode", "submitters", "tx/s", "ms/tx", "vs 1 durable");
        double baseline = Double.NaN;
        for (Mode mode : modes) {
            for (int n : submitters) {
                if (mode.sync() != Boolean.TRUE && n != 1 && n != most) {
                    continue; // the reference modes at the ends only
                }
                double tps = measure(mode, n);
                if (mode.sync() == Boolean.TRUE && n == 1) {
                    baseline = tps;
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %-34s %10d %10.0f %10.3f %12s%n",
                        mode.name(),
                        n,
                        tps,
                        1000.0 * n / tps,
                        Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, "%.2fx", tps / baseline));
            }
        }
    }

    /** Median transfers per second over the rounds, after one warm-up round, on a fresh ledger. */
    private double measure(Mode mode, int n) throws Exception {
        Path dir = mode.sync() == null ? null : Files.createTempDirectory("bondbridge-durable-");
        try (EmbeddedLedger ledger = dir == null
                ? EmbeddedLedger.inMemory()
                : EmbeddedLedger.open(dir, new EmbeddedLedger.Options(mode.sync()))) {
            BondBridge central = BondBridge.open(ledger.transport("centralbank"));
            central.governance().init();
            central.reserves().add(EmbeddedBench.cnyCash());
            BondBridge bank = BondBridge.open(ledger.transport("banka"));
            for (int s = 0; s < n; s++) {
                bank.governance().openAccount("a" + s);
                bank.governance().openAccount("b" + s);
                central.stableUnits().mint("CNY", "banka:a" + s, "1000000.00");
            }
            double[] tps = new double[rounds];
            round(ledger, n);
            for (int r = 0; r < rounds; r++) {
                tps[r] = round(ledger, n);
            }
            Arrays.sort(tps);
            return tps[rounds / 2];
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** One round: n threads back to back for the round's time; returns transfers per second. */
    private double round(EmbeddedLedger ledger, int n) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        LongAdder committed = new LongAdder();
        long[] end = new long[1];
        for (int s = 0; s < n; s++) {
            int submitter = s;
            Thread t = new Thread(() -> {
                try {
                    BondBridge bank = BondBridge.open(ledger.transport("banka"));
                    start.await();
                    while (System.nanoTime() < end[0]) {
                        bank.stableUnits().transfer("CNY", "banka:a" + submitter, "banka:b" + submitter, "0.01");
                        committed.increment();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        long t0 = System.nanoTime();
        end[0] = t0 + (long) (seconds * 1e9);
        start.countDown();
        done.await();
        // Transfers started before the end and acknowledged after it count, over the time they took.
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (failure.get() != null) {
            throw failure.get();
        }
        return committed.sum() / elapsed;
    }
}
