package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;

/** What a mint did and the reserve state it was checked against. */
public record MintResult(
        String txId,
        String currency,
        String account,
        Amount amount,
        Amount balance,
        Amount unitsOutstanding,
        BigDecimal coverage,
        Amount reserveValueAfterHaircuts,
        String reserveDigest) {}
