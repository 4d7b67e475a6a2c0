package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.time.Instant;

/**
 * What a redemption asks the issuer to pay out at par, off-ledger or in its settlement system; stored under
 * {@code stable.payout (currency, txId)}.
 *
 * @param id the redeeming transaction's id
 * @param currency the stable currency redeemed
 * @param account the account whose units were burned (and that is to be paid)
 * @param amount units burned = amount to pay, at the currency's scale
 * @param payer the issuer of the currency, who pays
 * @param at timestamp of the redemption
 * @param status {@code PENDING} when recorded
 */
public record PayoutInstruction(
        String id, String currency, String account, Amount amount, String payer, Instant at, String status) {
    public static final String PENDING = "PENDING";
}
