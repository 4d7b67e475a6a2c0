package io.bondbridge.api.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * The public record of a payment, on the channel; stored under {@code pay.payment (e2eId)}. It carries no amount
 * and no party: those are in {@link PaymentDetails}, private to the two agents and the regulator.
 *
 * @param e2eId the end-to-end id, unique on the ledger
 * @param corridor the corridor id
 * @param status where the payment is
 * @param alert true when its USD equivalent reached the alert threshold (a compliance flag)
 * @param hash SHA-256 (hex) over the salted canonical details, see {@link PaymentHash}
 * @param collection the private data collection that holds the details ({@code pd_MSP1_MSP2})
 * @param cycle the netting cycle it is queued in, or null for gross settlement
 * @param initiatedAt timestamp of the sending transaction
 * @param initiatedTx the sending transaction
 * @param statusAt timestamp of the transaction that set the current status
 * @param statusTx the transaction that set the current status
 * @param statusReason why it was rejected or returned (null otherwise)
 */
public record Payment(
        String e2eId,
        String corridor,
        PaymentStatus status,
        boolean alert,
        String hash,
        String collection,
        String cycle,
        Instant initiatedAt,
        String initiatedTx,
        Instant statusAt,
        String statusTx,
        String statusReason) {
    public Payment {
        Objects.requireNonNull(e2eId, "e2eId");
        Objects.requireNonNull(corridor, "corridor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(collection, "collection");
    }

    /** This payment in status {@code next}, set by transaction {@code txId} at {@code at}. */
    public Payment withStatus(PaymentStatus next, Instant at, String txId, String reason) {
        return new Payment(
                e2eId, corridor, next, alert, hash, collection, cycle, initiatedAt, initiatedTx, at, txId, reason);
    }
}
