package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;

/** What a redemption did: the units burned, the balance left and the payout instruction to the issuer. */
public record StableRedeemResult(
        String txId, String currency, String account, Amount amount, Amount balance, PayoutInstruction payout) {}
