package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One mint or redemption of a stable currency; stored under {@code stable.supply (currency, txId)} and never
 * changed. Units outstanding = sum of MINT amounts - sum of REDEEM amounts; the as-of audit views sum them, the
 * current state keeps the same total in the headroom rows ({@link MintHeadroom}), so no counter row is written by
 * every transaction.
 *
 * <p>A MINT also records what it was checked against: the reserve digest (Merkle root), and, when it took the exact
 * path, the coverage after the mint, so an auditor can tell which reserve state backed which mint. A mint drawn from
 * escrowed headroom records the digest its shard's headroom was granted against and leaves the three figures it
 * does not know (coverage, value after haircuts, units outstanding) null.
 *
 * @param txId the minting or redeeming transaction
 * @param at its timestamp
 * @param currency the stable currency
 * @param kind MINT or REDEEM
 * @param account the account credited (MINT) or debited (REDEEM)
 * @param amount units minted or redeemed, positive, at the currency's scale
 * @param reserveDigest MINT only: Merkle root of the reserve the mint was checked against
 * @param coverage exact-path MINT only: coverage after the mint (reserve after haircuts / units outstanding), 4
 *     places, DOWN
 * @param reserveValueAfterHaircuts exact-path MINT only: the reserve value after haircuts it was checked against
 * @param unitsOutstanding exact-path MINT only: units outstanding after the mint
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
