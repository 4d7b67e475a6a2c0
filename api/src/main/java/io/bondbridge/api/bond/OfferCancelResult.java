package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;

/** What cancelling an offer did: the units unlocked in the seller's holding. */
public record OfferCancelResult(String txId, String offerId, String series, String seller, Amount unlocked) {}
