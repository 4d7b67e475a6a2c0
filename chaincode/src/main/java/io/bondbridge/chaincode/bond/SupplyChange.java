package io.bondbridge.chaincode.bond;

import io.bondbridge.api.Amount;
import java.time.Instant;

/**
 * One change of a series' units outstanding; stored under {@code bond.supply (series, txId)} and never changed.
 * Outstanding = ISSUE units - REDEEM units - BUYBACK units; issued (checked against the authorized amount) = ISSUE
 * units. Only the issuer's issue and buyback and a holder's redemption write these rows.
 *
 * @param txId the transaction
 * @param at its timestamp
 * @param series series id
 * @param kind ISSUE, REDEEM or BUYBACK
 * @param account the buyer (ISSUE) or the holder whose units were burned
 * @param units units created or burned (scale 2, positive)
 * @param price per unit (ISSUE, BUYBACK) or face (REDEEM)
 * @param cash stable units paid: units x price, rounded half-even to the minor unit
 */
public record SupplyChange(
        String txId, Instant at, String series, Kind kind, String account, Amount units, Amount price, Amount cash) {
    public enum Kind {
        ISSUE,
        REDEEM,
        BUYBACK
    }

    /** The change in units outstanding. */
    public Amount delta() {
        return kind == Kind.ISSUE ? units : units.negate();
    }
}
