package io.bondbridge.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An FX provider's standing quote, its consent to PvP payments through its account: one unit of {@code base} for
 * {@code rate} units of {@code quote}, until {@code validUntil}. Stored under {@code pay.quote (provider, base,
 * quote)}; a new quote replaces the old one, the key history keeps them all.
 *
 * @param provider the quoting organization's MSP ID
 * @param account the provider's account that receives {@code base} and pays {@code quote}
 * @param base the currency the debtor pays in
 * @param quote the currency the creditor is paid in
 * @param rate units of {@code quote} per unit of {@code base}, scale {@link #RATE_SCALE}
 * @param validUntil the last instant a payment may use it
 * @param at timestamp of the quoting transaction
 * @param txId the quoting transaction
 */
public record FxQuote(
        String provider,
        String account,
        String base,
        String quote,
        BigDecimal rate,
        Instant validUntil,
        Instant at,
        String txId) {
    /** Decimal places of a quoted rate. */
    public static final int RATE_SCALE = 10;

    public FxQuote {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
