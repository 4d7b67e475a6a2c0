package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A currency swap line between two central banks, under {@code pay.swapline (id)}: one row holding the limit, what
 * is drawn and what is escrowed, so a draw checks the limit exactly (a swap line sees a few transactions a day,
 * never enough to make one row hot). Every draw and repayment is a version of the row ({@code lastChange*}); its key
 * history is the drawing log, and each drawing also has its own row ({@code pay.swapdraw}).
 *
 * <p>A line is funded: the lender (the central bank issuing {@code currencies[0]}) pays each draw from
 * {@code lenderAccount} and the drawer's own currency ({@code currencies[1]}) is escrowed at {@code rate}. A row
 * written before draws moved money has no {@code rate} ({@link #funded()} false): it can be shown, not drawn on.
 *
 * @param id the swap line id
 * @param parties the two central banks' MSP IDs, sorted
 * @param currencies the lent currency, then the drawer's own
 * @param limit the limit in {@code currencies[0]}
 * @param drawn outstanding drawings (principal) in {@code currencies[0]}, 0 to {@code limit}
 * @param createdBy the creating central bank (the lender)
 * @param createdAt timestamp of the creating transaction
 * @param lastChange DRAW, REPAY or CREATE
 * @param lastChangeBy who made it
 * @param lastChangeAmount its amount (principal)
 * @param lastChangeAt its timestamp
 * @param lastChangeTx its transaction
 * @param lender MSP ID of the lender
 * @param lenderAccount the lender's account draws come from and repayments go to
 * @param drawer MSP ID of the other party, the only one that draws and repays
 * @param rate units of {@code currencies[1]} escrowed per unit of {@code currencies[0]} drawn, scale 10
 * @param interestRate percent a year, ACT/360
 * @param escrowed {@code currencies[1]} in escrow for what is drawn (sum over the open drawings)
 * @param drawings how many drawings the line has had (the last drawing's number)
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
        String lastChangeTx,
        String lender,
        String lenderAccount,
        String drawer,
        BigDecimal rate,
        BigDecimal interestRate,
        Amount escrowed,
        int drawings) {
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

    /** False for a line recorded before draws moved money. */
    public boolean funded() {
        return rate != null;
    }

    public String lent() {
        return currencies.get(0);
    }

    public String escrowCurrency() {
        return currencies.get(1);
    }

    /** This line after a draw or repayment by {@code by}. */
    SwapLine changed(
            String what,
            String by,
            Amount amount,
            Amount newDrawn,
            Amount newEscrowed,
            int newDrawings,
            Instant at,
            String tx) {
        return new SwapLine(
                id,
                parties,
                currencies,
                limit,
                newDrawn,
                createdBy,
                createdAt,
                what,
                by,
                amount,
                at,
                tx,
                lender,
                lenderAccount,
                drawer,
                rate,
                interestRate,
                newEscrowed,
                newDrawings);
    }
}
