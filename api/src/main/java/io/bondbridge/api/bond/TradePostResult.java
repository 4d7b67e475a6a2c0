package io.bondbridge.api.bond;

import java.util.List;

/** What {@code trade post} answers: the month as stored and the rate resets it caused. */
public record TradePostResult(String txId, TradeMonth month, List<RateReset> resets) {}
