package io.bondbridge.bench.fabric;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One workload at one in-flight window: {@code window} threads submit back to back (a closed loop, so exactly that
 * many transactions are in flight), for a warm-up whose results are dropped and then a measured period. Every attempt
 * goes out once (the transports retry nothing here): a stale one is counted under its validation code and retried by
 * this run's own {@link Retry}, so the table shows what failed before and after retry.
 */
final class LoadRun {
    /** The transports' own retry policy: 5 attempts, 100 ms doubling to 2 s, with jitter. */
    static final Retry RETRY = Retry.withBackoff(5, Duration.ofMillis(100), Duration.ofSeconds(2));

    private static final Pattern VALIDATION_CODE = Pattern.compile("invalidated as ([A-Z_]+)");

    /** One transaction of a workload; {@code seq} counts this worker's transactions from 0. */
    @FunctionalInterface
    interface Tx {
        void submit(int worker, long seq);
    }

    /** What one run measured. Latencies are submit to commit as the caller sees it, retries included. */
    record Result(
            String workload,
            int window,
            double seconds,
            long committed,
            double tps,
            double p50Millis,
            double p99Millis,
            Map<String, Long> failedAttempts,
            Map<String, Long> failedAfterRetry,
            Map<String, Double> cpuMillisPerTx) {}

    private LoadRun() {}

    /** One stretch of measurement: what {@link #merge} adds up into a {@link Result}. */
    record Slice(
            double seconds,
            long committed,
            List<Long> latencyNanos,
            Map<String, Long> failedAttempts,
            Map<String, Long> failedAfterRetry,
            Map<String, Long> cpuMillis) {
        double tps() {
            return committed / seconds;
        }
    }

    static Result run(String workload, int window, Duration warmup, Duration measured, Tx tx, CpuMeter cpu) {
        return merge(workload, window, List.of(slice(workload, window, warmup, measured, tx, cpu)));
    }

    /** Slices of one workload at one window as one result: counts added, percentiles over every latency. */
    static Result merge(String workload, int window, List<Slice> slices) {
        double seconds = 0;
        long committed = 0;
        List<Long> sorted = new ArrayList<>();
        Map<String, Long> attempts = new TreeMap<>();
        Map<String, Long> failed = new TreeMap<>();
        Map<String, Long> cpu = new TreeMap<>();
        for (Slice s : slices) {
            s.cpuMillis().forEach((k, v) -> cpu.merge(k, v, Long::sum));
            seconds += s.seconds();
            committed += s.committed();
            sorted.addAll(s.latencyNanos());
            s.failedAttempts().forEach((k, v) -> attempts.merge(k, v, Long::sum));
            s.failedAfterRetry().forEach((k, v) -> failed.merge(k, v, Long::sum));
        }
        Collections.sort(sorted);
        return new Result(
                workload,
                window,
                seconds,
                committed,
                committed / seconds,
                percentile(sorted, 50),
                percentile(sorted, 99),
                attempts,
                failed,
                CpuMeter.perTransaction(cpu, committed));
    }

    /** One stretch at {@code window} in flight; {@code cpu} (or null) reads the processes' CPU over the measured part. */
    static Slice slice(String workload, int window, Duration warmup, Duration measured, Tx tx, CpuMeter cpu) {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, LongAdder> attempts = new ConcurrentHashMap<>();
        Map<String, LongAdder> failed = new ConcurrentHashMap<>();
        AtomicLong committed = new AtomicLong();
        CountDownLatch done = new CountDownLatch(window);
        for (int w = 0; w < window; w++) {
            int worker = w;
            Thread t = new Thread(
                    () -> {
                        try {
                            for (long seq = 0; System.nanoTime() < measureTo; seq++) {
                                long t0 = System.nanoTime();
                                boolean ok = once(
                                        worker, seq, tx, t0 >= measureFrom ? attempts : null, failed, t0, measureFrom);
                                long t1 = System.nanoTime();
                                if (ok && t0 >= measureFrom && t1 <= measureTo) {
                                    committed.incrementAndGet();
                                    latencies.add(t1 - t0);
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    workload + "-" + w);
            t.setDaemon(true);
            t.start();
        }
        Map<String, Long> cpuMillis = Map.of();
        try {
            if (cpu != null) {
                sleepUntil(measureFrom);
                Map<String, Long> before = cpu.read();
                sleepUntil(measureTo);
                cpuMillis = CpuMeter.between(before, cpu.read());
            }
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Slice(
                measured.toNanos() / 1e9,
                committed.get(),
                List.copyOf(latencies),
                counts(attempts),
                counts(failed),
                cpuMillis);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Submits one transaction with retries; true when it committed. */
    private static boolean once(
            int worker,
            long seq,
            Tx tx,
            Map<String, LongAdder> attempts,
            Map<String, LongAdder> failed,
            long t0,
            long measureFrom) {
        try {
            RETRY.run(
                    "bench",
                    attempt -> {
                        try {
                            tx.submit(worker, seq);
                            return null;
                        } catch (BondBridgeException e) {
                            if (attempts != null) {
                                attempts.computeIfAbsent(label(e), k -> new LongAdder())
                                        .increment();
                            }
                            if (e.code() == ErrorCode.CONFLICT) {
                                throw new Retry.Stale(e.txId(), e.getMessage(), e);
                            }
                            throw e;
                        }
                    },
                    (n, last) -> (BondBridgeException) last.getCause());
            return true;
        } catch (BondBridgeException e) {
            if (t0 >= measureFrom) {
                failed.computeIfAbsent(label(e), k -> new LongAdder()).increment();
            }
            return false;
        }
    }

    /** The validation code of a commit that lost (MVCC_READ_CONFLICT, PHANTOM_READ_CONFLICT), else the error code. */
    static String label(BondBridgeException e) {
        if (e.code() == ErrorCode.CONFLICT) {
            Matcher m = VALIDATION_CODE.matcher(String.valueOf(e.getMessage()));
            return m.find() ? m.group(1) : "ENDORSEMENT_MISMATCH";
        }
        return e.code().name();
    }

    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(i, sortedNanos.size() - 1))) / 1e6;
    }

    private static Map<String, Long> counts(Map<String, LongAdder> adders) {
        Map<String, Long> out = new TreeMap<>();
        adders.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
