package io.bondbridge.bench.fabric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the network's processes and of this driver, read from the operating system (what {@code ps} shows):
 * divided by the transactions committed meanwhile, it says where a workload's cost goes (client, chaincode servers,
 * peers, orderers): with every core busy, the ratio of two workloads' CPU per transaction is the ratio of their TPS,
 * and the processes' shares say what makes it.
 *
 * <p>The processes are those {@code scripts/network.sh} started and recorded, one pid file each in the network's state
 * directory ({@code pids/NAME.pid}, the pid first); with no such directory (a network elsewhere) only the driver is
 * measured.
 */
final class CpuMeter {
    /** The driver's own row. */
    static final String CLIENT = "client";

    private final Map<String, ProcessHandle> processes;

    private CpuMeter(Map<String, ProcessHandle> processes) {
        this.processes = processes;
    }

    /** The processes recorded under {@code state}/pids that are alive now, and this driver. */
    static CpuMeter of(Path state) {
        Map<String, ProcessHandle> found = new TreeMap<>();
        Path pids = state.resolve("pids");
        if (Files.isDirectory(pids)) {
            try (Stream<Path> files = Files.list(pids)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                    pid(f).flatMap(ProcessHandle::of).ifPresent(h -> found.put(name, h));
                }
            } catch (IOException e) {
                // no process of the network then: the driver alone
            }
        }
        found.put(CLIENT, ProcessHandle.current());
        return new CpuMeter(found);
    }

    private static Optional<Long> pid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).split(" ")[0]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Each process's CPU time so far, in milliseconds (a process that ended is left out). */
    Map<String, Long> read() {
        Map<String, Long> out = new TreeMap<>();
        processes.forEach(
                (name, h) -> h.info().totalCpuDuration().map(Duration::toMillis).ifPresent(ms -> {
                    if (h.isAlive()) {
                        out.put(name, ms);
                    }
                }));
        return out;
    }

    /** CPU milliseconds per process between two readings. */
    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((name, ms) -> {
            Long was = before.get(name);
            if (was != null) {
                out.put(name, ms - was);
            }
        });
        return out;
    }

    /**
     * Milliseconds per committed transaction, grouped as the table shows them: client, chaincode (every chaincode
     * server), peers, orderers, and their total.
     */
    static Map<String, Double> perTransaction(Map<String, Long> cpuMillis, long committed) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String group : List.of(CLIENT, "chaincode", "peers", "orderers")) {
            out.put(group, 0.0);
        }
        if (committed == 0) {
            return out;
        }
        double total = 0;
        for (Map.Entry<String, Long> e : cpuMillis.entrySet()) {
            double perTx = e.getValue() / (double) committed;
            out.merge(group(e.getKey()), perTx, Double::sum);
            total += perTx;
        }
        out.put("total", total);
        return out;
    }

    private static String group(String process) {
        if (process.startsWith("chaincode")) {
            return "chaincode";
        }
        if (process.startsWith("peer")) {
            return "peers";
        }
        if (process.startsWith("orderer")) {
            return "orderers";
        }
        return CLIENT;
    }
}
