package io.bondbridge.api.bond;

import java.util.List;

/**
 * What {@code trade post} answers: the month as stored, the rate resets it caused, and the crossover signal it
 * stored (null for none).
 */
public record TradePostResult(String txId, TradeMonth month, List<RateReset> resets, TradeSignal signal) {}
