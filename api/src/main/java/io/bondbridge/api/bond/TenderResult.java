package io.bondbridge.api.bond;

/** What {@code bond tender} answers: the holder's standing consent to a buyback, as placed. */
public record TenderResult(String txId, Tender tender) {}
