package io.bondbridge.api.bond;

/** What {@code bond tranche} answers: the series created and the signal that opened it. */
public record TrancheResult(String txId, Series series, Tranche tranche) {}
