package io.bondbridge.api.bond;

/** What {@code bond offer} answers: the offer, whose id is the offering transaction's. */
public record OfferResult(String txId, String offerId, Offer offer) {}
