package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * A holder's paid coupon for one period; stored under {@code bond.claim (series, period, owner, name)}. Its
 * existence rejects a second claim.
 *
 * @param txId the claiming transaction
 * @param series series id
 * @param period period id
 * @param account the holder
 * @param unitsAtRecordDate units + locked at the end of the record date, from the holding's history
 * @param holdingVersion the transaction that wrote the holding version used (null: no version before the date)
 * @param amount units x face x rate x year fraction, rounded half-even to the minor unit
 * @param currency the series currency
 * @param payer the issuer's paying account
 * @param at claim time
 */
public record Claim(
        String txId,
        String series,
        String period,
        String account,
        Amount unitsAtRecordDate,
        String holdingVersion,
        Amount amount,
        String currency,
        String payer,
        Instant at) {
    public Claim {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }
}
