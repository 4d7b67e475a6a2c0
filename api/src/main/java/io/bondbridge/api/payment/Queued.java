package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment waiting in a netting cycle, under {@code pay.queue (cycle, e2eId)}. It carries the interbank leg in
 * the clear (which agent accounts, currency, amount) because the cycle's operator, a central bank that is not a
 * member of the agents' private collection, must net it; the customer parties and remittance stay private.
 *
 * @param e2eId the payment
 * @param cycle the cycle
 * @param from the debtor agent's account
 * @param to the creditor agent's account
 * @param currency the currency
 * @param amount the amount, at the currency's scale
 * @param at timestamp of the queuing transaction
 */
public record Queued(String e2eId, String cycle, String from, String to, String currency, Amount amount, Instant at) {
    public Queued {
        Objects.requireNonNull(e2eId, "e2eId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
