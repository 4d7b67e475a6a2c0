package io.bondbridge.api.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A USD reference rate: the USD value of one unit of a currency; stored under {@code gov.fxref (currency)}, its
 * key history is the rate history. Used to value reserve assets held in another currency than the unit they back,
 * and (later) for USD-equivalent thresholds of payments.
 *
 * @param currency the currency
 * @param usd USD value of one unit, at {@link #SCALE} places (CNY at 7.1884 per USD: 0.1391130154)
 * @param setBy MSP ID that set it
 * @param at timestamp of the setting transaction
 * @param txId the setting transaction
 */
public record ReferenceRate(String currency, BigDecimal usd, String setBy, Instant at, String txId) {
    /** The reference currency: every rate is the USD value of one unit, and USD's own is fixed at 1. */
    public static final String USD = "USD";
    /** Decimal places of a stored rate; more are rejected, fewer padded. */
    public static final int SCALE = 10;
    /** USD's rate, 1 at {@link #SCALE} places. */
    public static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE, RoundingMode.UNNECESSARY);
}
