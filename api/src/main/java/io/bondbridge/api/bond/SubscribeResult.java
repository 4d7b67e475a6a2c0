package io.bondbridge.api.bond;

/** What {@code bond subscribe} answers: the buyer's standing consent to primary allocations, as placed. */
public record SubscribeResult(String txId, Subscription subscription) {}
