package io.bondbridge.api.bond;

/** What {@code bond create} answers: the series as stored, its terms validated and complete. */
public record SeriesCreated(String txId, Series series) {}
