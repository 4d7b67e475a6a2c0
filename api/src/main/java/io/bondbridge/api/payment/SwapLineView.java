package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.util.List;

/**
 * A swap line as its transactions answer: limit, drawn, available and utilisation, and for a funded line who
 * lends, at what exchange and interest rate, and what is in escrow.
 *
 * @param id the swap line id
 * @param parties the two central banks' MSP IDs, sorted
 * @param currencies the two currencies; the first (lent) is the one the limit and drawings are in, the second the
 *     drawer's own, escrowed
 * @param limit the limit
 * @param drawn outstanding drawings (principal)
 * @param available limit - drawn
 * @param utilisation drawn / limit, 4 places, HALF_EVEN
 * @param lender the central bank that issues the first currency and lends it (null on a line recorded before draws
 *     moved money)
 * @param lenderAccount the lender's account draws are paid from and repayments (with interest) go to
 * @param drawer the other central bank: the only one that draws and repays
 * @param rate units of the second currency escrowed per unit drawn, scale 10
 * @param interestRate percent a year on what is drawn, by {@link #DAY_COUNT}
 * @param dayCount {@link #DAY_COUNT}
 * @param escrowed the drawer's currency in escrow for what is drawn (sum over the drawings)
 * @param drawing the drawing the transaction made or repaid (null for create and show)
 * @param interest the interest this repayment paid (null except for a repayment)
 * @param drawings every drawing of the line, in number order (show only; null in transaction answers)
 * @param txId the transaction that made the change (null for a read)
 */
public record SwapLineView(
        String id,
        List<String> parties,
        List<String> currencies,
        Amount limit,
        Amount drawn,
        Amount available,
        BigDecimal utilisation,
        String lender,
        String lenderAccount,
        String drawer,
        BigDecimal rate,
        BigDecimal interestRate,
        String dayCount,
        Amount escrowed,
        SwapDrawing drawing,
        Amount interest,
        List<SwapDrawing> drawings,
        String txId) {
    /** Actual days drawn (UTC dates of the draw and the repayment) over a 360-day year, as central banks' lines use. */
    public static final String DAY_COUNT = "ACT/360";
}
