package io.bondbridge.api.bond;

/** What {@code bond disburse} did: the disbursement, and the series' proceeds after it. */
public record DisburseResult(String txId, Disbursement disbursement, Proceeds proceeds) {}
