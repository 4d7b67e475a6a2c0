package io.bondbridge.api.payment;

/**
 * What a send (or a return) committed: public fields only, since a transaction's response is written into the
 * block every channel member holds.
 */
public record PaymentResult(
        String txId, String e2eId, PaymentStatus status, String corridor, boolean alert, String hash, String cycle) {
    /** The result of {@code txId}, which left {@code p}. */
    public static PaymentResult of(String txId, Payment p) {
        return new PaymentResult(txId, p.e2eId(), p.status(), p.corridor(), p.alert(), p.hash(), p.cycle());
    }
}
