package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;

/** Units outstanding of a currency and how they came about. */
public record StableSupply(String currency, String issuer, Amount minted, Amount redeemed, Amount unitsOutstanding) {}
