package io.bondbridge.api.payment;

/**
 * What a sending client puts in the transient data under {@link #TRANSIENT_KEY}: everything private about a
 * payment, so none of it appears in the transaction's arguments (which every channel member's block holds). All
 * fields are strings as typed; the rules parse them.
 *
 * @param from the debtor agent's account (the caller must own it)
 * @param to the creditor agent's account
 * @param amount instructed amount, in the currency's unit
 * @param currency instructed currency
 * @param settleCurrency settlement currency for PvP (null or equal to {@code currency}: no FX)
 * @param rate FX rate: one unit of {@code currency} in {@code settleCurrency} (PvP only)
 * @param fxProvider the FX provider's account (PvP only)
 * @param fxShard the shard of the provider's balances the payment moves, 0 to {@link
 *     io.bondbridge.api.stable.BalanceShards#COUNT} - 1 (PvP only, optional: else the transaction id's); not a
 *     detail of the payment, only which row it touches
 * @param debtor the paying customer (optional)
 * @param creditor the receiving customer (optional)
 * @param chargeBearer DEBT, CRED, SHAR (default) or SLEV
 * @param purpose purpose code (optional)
 * @param info remittance information (optional)
 * @param salt 32-128 lower-case hex digits, fresh per payment
 */
public record Instruction(
        String from,
        String to,
        String amount,
        String currency,
        String settleCurrency,
        String rate,
        String fxProvider,
        String fxShard,
        String debtor,
        String creditor,
        String chargeBearer,
        String purpose,
        String info,
        String salt) {
    /** The transient data key the instruction travels under. */
    public static final String TRANSIENT_KEY = "payment";

    /** A gross payment: the four fields it needs, the rest (FX, parties, purpose, salt) unset. */
    public static Instruction of(String from, String to, String amount, String currency) {
        return new Instruction(from, to, amount, currency, null, null, null, null, null, null, null, null, null, null);
    }

    /** This instruction on the provider's balance shard {@code shard} (see {@link #fxShard}). */
    public Instruction withFxShard(int shard) {
        return with(Integer.toString(shard), salt);
    }

    /** This instruction with {@code newSalt}: a sending client draws a fresh one for every payment. */
    public Instruction withSalt(String newSalt) {
        return with(fxShard, newSalt);
    }

    /** The two fields a sending client fills in after the request is written: the desk shard and the salt. */
    private Instruction with(String newFxShard, String newSalt) {
        return new Instruction(
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                newFxShard,
                debtor,
                creditor,
                chargeBearer,
                purpose,
                info,
                newSalt);
    }
}
