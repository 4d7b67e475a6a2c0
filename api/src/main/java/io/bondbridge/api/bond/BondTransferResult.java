package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;

/** What a transfer of bond units did, with both holdings' free units after it. */
public record BondTransferResult(
        String txId, String series, String from, String to, Amount units, Amount fromUnits, Amount toUnits) {}
