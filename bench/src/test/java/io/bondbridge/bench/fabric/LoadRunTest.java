package io.bondbridge.bench.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rounds of slices add up to one result, and CPU time per transaction is grouped by the kind of process. */
class LoadRunTest {
    private static LoadRun.Slice slice(long committed, List<Long> latencyMillis, Map<String, Long> cpu) {
        return new LoadRun.Slice(
                10,
                committed,
                latencyMillis.stream().map(ms -> ms * 1_000_000).toList(),
                Map.of("MVCC_READ_CONFLICT", 1L),
                Map.of(),
                cpu);
    }

    @Test
    void slicesMergeIntoTheirSumsWithPercentilesOverEveryLatency() {
        LoadRun.Slice a = slice(300, List.of(100L, 200L, 300L), Map.of("client", 900L, "peer0.banka", 600L));
        LoadRun.Slice b = slice(100, List.of(400L), Map.of("client", 300L, "peer0.banka", 600L, "orderer0", 200L));

        LoadRun.Result r = LoadRun.merge("transfer", 32, List.of(a, b));

        assertThat(r.seconds()).isEqualTo(20);
        assertThat(r.committed()).isEqualTo(400);
        assertThat(r.tps()).isEqualTo(20);
        assertThat(r.p50Millis()).isEqualTo(200);
        assertThat(r.p99Millis()).isEqualTo(400);
        assertThat(r.failedAttempts()).containsExactly(Map.entry("MVCC_READ_CONFLICT", 2L));
        // 1,200 ms of client, 1,200 of peer, 200 of orderer over 400 transactions (orderer0 only in the second slice).
        assertThat(r.cpuMillisPerTx())
                .containsEntry("client", 3.0)
                .containsEntry("peers", 3.0)
                .containsEntry("orderers", 0.5)
                .containsEntry("chaincode", 0.0)
                .containsEntry("total", 6.5);
    }

    @Test
    void cpuIsGroupedByProcessNameAndTakenBetweenReadings() {
        Map<String, Long> between = CpuMeter.between(
                Map.of("chaincode", 100L, "chaincode-ceiling", 50L, "peer0.bankb", 10L),
                Map.of("chaincode", 400L, "chaincode-ceiling", 50L, "peer0.bankb", 110L, "client", 7L));

        assertThat(between)
                .containsOnly(
                        Map.entry("chaincode", 300L),
                        Map.entry("chaincode-ceiling", 0L),
                        Map.entry("peer0.bankb", 100L));
        assertThat(CpuMeter.perTransaction(between, 100))
                .containsEntry("chaincode", 3.0)
                .containsEntry("peers", 1.0)
                .containsEntry("total", 4.0);
        assertThat(CpuMeter.perTransaction(between, 0)).doesNotContainKey("total");
    }
}
