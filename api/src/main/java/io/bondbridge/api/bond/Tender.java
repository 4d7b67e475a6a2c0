package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * A holder's standing consent to a buyback: the issuer may buy back up to {@code units} of the series from
 * {@code account} at no less than {@code minPrice} per unit. Placed by the account's owner ({@code bond tender});
 * each {@code bond buyback} from the account uses part of it. Tendered units are not locked: the buyback checks
 * the holding when it runs.
 *
 * @param series series id
 * @param account canonical holder account
 * @param units units the issuer may still buy back (scale 2)
 * @param minPrice lowest acceptable price per unit, series currency
 * @param at when it was last placed or used
 */
public record Tender(String series, String account, Amount units, Amount minPrice, Instant at) {
    public Tender {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(minPrice, "minPrice");
    }
}
