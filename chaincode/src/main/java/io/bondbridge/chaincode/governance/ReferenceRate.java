package io.bondbridge.chaincode.governance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A USD reference rate: the USD value of one unit of a currency; stored under {@code gov.fxref (currency)}, its
 * key history is the rate history. Used to value reserve assets held in another currency than the unit they back,
 * and (later) for USD-equivalent thresholds of payments.
 *
 * @param currency the currency
 * @param usd USD value of one unit, at {@link ReferenceRates#SCALE} places (CNY at 7.1884 per USD: 0.1391130154)
 * @param setBy MSP ID that set it
 * @param at timestamp of the setting transaction
 * @param txId the setting transaction
 */
public record ReferenceRate(String currency, BigDecimal usd, String setBy, Instant at, String txId) {}
