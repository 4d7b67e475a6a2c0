package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;

/** What a buyback did: the units bought back and burned, the cash paid, and the units outstanding after it. */
public record BuybackResult(
        String txId, String series, String account, Amount units, Amount price, Amount cash, Amount outstanding) {}
