package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One mint or redemption of a stable currency; stored under {@code stable.supply (currency, txId)} and never
 * changed. Units outstanding = sum of MINT amounts - sum of REDEEM amounts, summed where needed (a mint's coverage
 * check, audits), so no counter row is written by every transaction.
 *
 * <p>A MINT also records what it was checked against: the reserve digest (Merkle root) and the coverage after
 * the mint, so an auditor can tell which reserve state backed which mint.
 *
 * @param txId the minting or redeeming transaction
 * @param at its timestamp
 * @param currency the stable currency
 * @param kind MINT or REDEEM
 * @param account the account credited (MINT) or debited (REDEEM)
 * @param amount units minted or redeemed, positive, at the currency's scale
 * @param reserveDigest MINT only: Merkle root of the reserve the mint was checked against
 * @param coverage MINT only: coverage after the mint (reserve after haircuts / units outstanding), 4 places, DOWN
 * @param reserveValueAfterHaircuts MINT only: the reserve value after haircuts it was checked against
 * @param unitsOutstanding MINT only: units outstanding after the mint
 */
public record SupplyChange(
        String txId,
        Instant at,
        String currency,
        Kind kind,
        String account,
        Amount amount,
        String reserveDigest,
        BigDecimal coverage,
        Amount reserveValueAfterHaircuts,
        Amount unitsOutstanding) {

    public enum Kind {
        MINT,
        REDEEM
    }

    /** This change's effect on units outstanding: +amount for a mint, -amount for a redemption. */
    public Amount delta() {
        return kind == Kind.MINT ? amount : amount.negate();
    }
}
