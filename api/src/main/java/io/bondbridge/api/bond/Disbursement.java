package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.time.Instant;

/**
 * One payment out of a series' earmarked proceeds account; stored under {@code bond.disbursement (series, txId)} and
 * never changed, so the use of every unit of proceeds stays on the ledger for audit.
 *
 * @param txId the disbursing transaction
 * @param at its timestamp
 * @param series series id
 * @param use the use of proceeds it funds: one of the series' program tags ({@link #GENERAL} for a series without)
 * @param reference the issuer's reference for the payment (contract, invoice, budget line), 1-128 characters
 * @param from the series' proceeds account
 * @param to the account paid
 * @param amount stable units of the series currency, more than zero
 */
public record Disbursement(
        String txId, Instant at, String series, String use, String reference, String from, String to, Amount amount) {
    /** The one use a series without program tags (no program, or RESERVE) may disburse to: untied budget funding. */
    public static final String GENERAL = "GENERAL";

    /** Longest reference a disbursement may carry. */
    public static final int MAX_REFERENCE = 128;
}
