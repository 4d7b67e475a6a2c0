package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;

/** What a transfer of stable units did, with both balances after it. */
public record StableTransferResult(
        String txId, String currency, String from, String to, Amount amount, Amount fromBalance, Amount toBalance) {}
