package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.util.Objects;

/**
 * What a corridor with a daily limit has carried on one UTC day, under {@code pay.usage (corridor, day)}. Only
 * corridors with a limit have such a row: the limit is a running total, so their payments of one day serialize on
 * it (the transports retry the read conflict); payments of a corridor without a limit share no row.
 *
 * @param corridor the corridor
 * @param day the UTC day of the payments' transactions, ISO date
 * @param usedUsd USD equivalent carried so far, scale 2
 * @param payments how many payments it counts
 */
public record DailyUsage(String corridor, String day, Amount usedUsd, long payments) {
    public DailyUsage {
        Objects.requireNonNull(corridor, "corridor");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(usedUsd, "usedUsd");
    }
}
