package io.bondbridge.chaincode.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.Json;
import org.junit.jupiter.api.Test;

/** A swap-line row stored before lines were funded still reads, as an unfunded line that cannot be drawn on. */
class SwapLineRowTest {
    @Test
    void aRowWrittenBeforeFundingReadsAsUnfunded() {
        // the fields a recording-only line was stored with
        SwapLine old = Json.read(
                "{\"createdAt\":\"2026-11-21T06:46:16Z\",\"createdBy\":\"CentralBankMSP\",\"currencies\":[\"CNY\",\"HKD\"],"
                        + "\"drawn\":\"300.00\",\"id\":\"SL-OLD\",\"lastChange\":\"DRAW\",\"lastChangeAmount\":\"300.00\","
                        + "\"lastChangeAt\":\"2026-11-21T06:47:00Z\",\"lastChangeBy\":\"HKCentralBankMSP\","
                        + "\"lastChangeTx\":\"ab\",\"limit\":\"1000.00\",\"parties\":[\"CentralBankMSP\",\"HKCentralBankMSP\"]}",
                SwapLine.class);
        assertThat(old.funded()).isFalse();
        assertThat(old.drawings()).isZero();
        assertThat(old.available().toPlainString()).isEqualTo("700.00");
    }
}
