package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * A compliance alert for the regulator, one row per payment under {@code pay.alert (e2eId)}. It is public state,
 * so it names the threshold that was reached, never the payment's amount.
 *
 * @param e2eId the payment
 * @param corridor its corridor
 * @param reason why it was raised
 * @param thresholdUsd the threshold in force, USD
 * @param at timestamp of the payment's transaction
 * @param txId the payment's transaction
 * @param thresholdParam the governed parameter the threshold was read from ({@code alertThresholdUsd}); null on an
 *     alert raised before thresholds were cited
 * @param thresholdSetAt when that parameter's version in force was set, null for its default
 * @param thresholdSetTx the transaction that set it, null for its default
 */
public record Alert(
        String e2eId,
        String corridor,
        String reason,
        Amount thresholdUsd,
        Instant at,
        String txId,
        String thresholdParam,
        Instant thresholdSetAt,
        String thresholdSetTx) {
    public Alert {
        Objects.requireNonNull(e2eId, "e2eId");
        Objects.requireNonNull(reason, "reason");
    }

    /** An alert that cites no parameter version. */
    public Alert(String e2eId, String corridor, String reason, Amount thresholdUsd, Instant at, String txId) {
        this(e2eId, corridor, reason, thresholdUsd, at, txId, null, null, null);
    }
}
