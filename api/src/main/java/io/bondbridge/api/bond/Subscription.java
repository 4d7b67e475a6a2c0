package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's standing consent to primary allocations of one series: the issuer may allocate units to
 * {@code account} against payment from it, up to {@code remaining} stable units in total. Placed by the account's
 * owner ({@code bond subscribe}); each {@code bond issue} to the account uses part of it.
 *
 * @param series series id
 * @param account canonical buyer account
 * @param remaining stable units (series currency) the issuer may still collect from the account
 * @param at when it was last placed or used
 */
public record Subscription(String series, String account, Amount remaining, Instant at) {
    public Subscription {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(remaining, "remaining");
    }
}
