package io.bondbridge.api.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A netting cycle run by a central bank as operator, under {@code pay.cycle (id)}: OPEN while payments are queued
 * into it, CLOSED once its net positions settled (with the report).
 *
 * @param id the cycle id
 * @param operator the operating central bank's MSP ID
 * @param status OPEN or CLOSED
 * @param openedAt timestamp of the opening transaction
 * @param openedTx the opening transaction
 * @param closedAt timestamp of the closing transaction (null while open)
 * @param closedTx the closing transaction (null while open)
 * @param report what the close settled (null while open)
 */
public record Cycle(
        String id,
        String operator,
        Status status,
        Instant openedAt,
        String openedTx,
        Instant closedAt,
        String closedTx,
        NettingReport report) {
    public enum Status {
        OPEN,
        CLOSED
    }

    public Cycle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(status, "status");
    }
}
