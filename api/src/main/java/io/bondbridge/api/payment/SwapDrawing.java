package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.time.Instant;
import java.util.Objects;

/**
 * One drawing on a funded swap line, under {@code pay.swapdraw (lineId, number)}: the lender's currency it
 * delivered to the drawer and the drawer's own currency held in escrow against it. Interest is owed on each repaid
 * part for the days it was drawn (ACT/360, see {@link SwapLineView#DAY_COUNT}).
 *
 * @param line the swap line id
 * @param number 1 for the line's first drawing, then 2, 3, ...
 * @param account the drawer's account that received the lent currency, paid the escrow and repays
 * @param principal what was drawn, in the line's first (lent) currency
 * @param outstanding what is still to repay of it, same currency, 0 to {@code principal}
 * @param escrowed the drawer's currency (the line's second) still in escrow for {@code outstanding}
 * @param interestPaid interest paid on this drawing so far, in the lent currency
 * @param drawnAt timestamp of the drawing transaction; its UTC date starts the day count
 * @param drawTx the drawing transaction
 * @param lastRepaidAt timestamp of the last repayment (null before the first)
 */
public record SwapDrawing(
        String line,
        int number,
        String account,
        Amount principal,
        Amount outstanding,
        Amount escrowed,
        Amount interestPaid,
        Instant drawnAt,
        String drawTx,
        Instant lastRepaidAt) {
    public SwapDrawing {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(escrowed, "escrowed");
    }
}
