package io.bondbridge.api.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A participant on the regulator's block list: it can neither pay nor be paid (as debtor agent, creditor agent or
 * FX provider) until removed. Stored under {@code pay.block (mspId)}; the key history keeps every listing.
 *
 * @param mspId the blocked organization
 * @param reason why, as the regulator wrote it
 * @param by the regulator's MSP ID
 * @param at timestamp of the listing transaction
 * @param txId the listing transaction
 */
public record Block(String mspId, String reason, String by, Instant at, String txId) {
    public Block {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(reason, "reason");
    }
}
