package io.bondbridge.api.payment;

import java.util.Objects;

/**
 * The private row of a payment: its details and the salt its public hash was computed with, so any member can
 * recompute the hash and show it matches the channel's record.
 *
 * @param details the payment's details
 * @param salt hex salt chosen by the sending client (chaincode cannot draw randomness)
 */
public record PrivatePayment(PaymentDetails details, String salt) {
    /** The transient data key under which a creditor agent presents the details to return a payment. */
    public static final String TRANSIENT_KEY = "details";

    public PrivatePayment {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(salt, "salt");
    }
}
