package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bilateral currency swap line between two central banks, under {@code pay.swapline (id)}: one row holding the
 * limit and what is drawn, so a draw checks the limit exactly (a swap line sees a few transactions a day, never
 * enough to make one row hot). Every draw and repayment is a version of the row ({@code lastChange*}); its key
 * history is the drawing log. Recording only: drawings move no stable units on this ledger.
 *
 * @param id the swap line id
 * @param parties the two central banks' MSP IDs, sorted
 * @param currencies the two currencies; the first is the one the limit and drawings are in
 * @param limit the limit in {@code currencies[0]}
 * @param drawn outstanding drawings in {@code currencies[0]}, 0 to {@code limit}
 * @param createdBy the creating central bank
 * @param createdAt timestamp of the creating transaction
 * @param lastChange DRAW, REPAY or CREATE
 * @param lastChangeBy who made it
 * @param lastChangeAmount its amount
 * @param lastChangeAt its timestamp
 * @param lastChangeTx its transaction
 */
public record SwapLine(
        String id,
        List<String> parties,
        List<String> currencies,
        Amount limit,
        Amount drawn,
        String createdBy,
        Instant createdAt,
        String lastChange,
        String lastChangeBy,
        Amount lastChangeAmount,
        Instant lastChangeAt,
        String lastChangeTx) {
    public SwapLine {
        Objects.requireNonNull(id, "id");
        parties = List.copyOf(parties);
        currencies = List.copyOf(currencies);
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(drawn, "drawn");
    }

    public Amount available() {
        return limit.minus(drawn);
    }
}
