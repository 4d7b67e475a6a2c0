package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * A seller's offer of units at a price; its units sit in the seller's holding as {@code locked} while it is OPEN.
 * Stored under {@code bond.offer (offerId)}, the offering transaction's id.
 *
 * @param offerId id (the offering transaction's id)
 * @param series series id
 * @param seller canonical account id of the seller
 * @param units units offered and locked (scale 2)
 * @param price price per unit in the series currency
 * @param currency the series currency
 * @param expires after this instant (tx time at or past it) the offer cannot be accepted; null = no expiry
 * @param status OPEN, ACCEPTED or CANCELLED
 * @param buyer the buyer's account once ACCEPTED
 * @param createdAt when it was offered
 * @param closedAt when it was accepted or cancelled
 */
public record Offer(
        String offerId,
        String series,
        String seller,
        Amount units,
        Amount price,
        String currency,
        Instant expires,
        Status status,
        String buyer,
        Instant createdAt,
        Instant closedAt) {
    public enum Status {
        OPEN,
        ACCEPTED,
        CANCELLED
    }

    public Offer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
    }

    /** Expired at {@code now}: the transaction time is at or past the expiry. */
    public boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }
}
