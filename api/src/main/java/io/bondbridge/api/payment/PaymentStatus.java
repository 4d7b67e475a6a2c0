package io.bondbridge.api.payment;

/**
 * Where a payment is: INITIATED (queued in a netting cycle) then SETTLED when the cycle closes, or REJECTED by an
 * agent or the operator before that; a gross payment is SETTLED in the transaction that sends it; a SETTLED
 * single-currency payment may be RETURNED by the creditor agent.
 */
public enum PaymentStatus {
    INITIATED,
    SETTLED,
    REJECTED,
    RETURNED
}
