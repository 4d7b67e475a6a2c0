package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;

/** What a redemption at maturity did: the units burned and the principal paid for them. */
public record BondRedeemResult(String txId, String series, String account, Amount units, Amount principal) {}
