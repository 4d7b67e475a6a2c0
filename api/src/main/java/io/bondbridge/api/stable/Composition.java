package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * What {@code audit reserves CURRENCY} answers: the reserve's composition at one point, its coverage, its digest,
 * and the mints that reserve state backed. Values are market values in the reserve currency; coverage uses values
 * after haircuts.
 *
 * @param currency the stable currency
 * @param asOf the time described
 * @param asOfTxId the transaction asked for, or null
 * @param issuer the unit's issuer (null before any policy or mint)
 * @param unitsOutstanding minted minus redeemed
 * @param reserveValue market value of the reserve
 * @param reserveValueAfterHaircuts what counts toward coverage
 * @param coverage reserveValueAfterHaircuts / unitsOutstanding, 4 places, DOWN (1.0000 = exactly covered); absent
 *     (null) with no units outstanding
 * @param minCoverage the policy's minimum coverage
 * @param byClass market value by asset class
 * @param byCurrency market value (in the reserve currency) by the assets' own currency
 * @param byMaturity market value by maturity bucket ({@code <=7d}, {@code <=93d}, {@code <=1y}, {@code >1y})
 * @param byCustodian market value by custodian
 * @param byIssuer market value by issuer
 * @param weights share of market value, 4 places, HALF_EVEN: {@code class}, {@code currency}, {@code maturity},
 *     {@code custodian}, {@code issuer} -> name -> weight
 * @param assetCount number of assets
 * @param digest Merkle root over the assets (package documentation)
 * @param breaches names of the policy limits that do not hold
 * @param breachMessages what breaks, one message per breach
 * @param backedMintCount number of mints checked against exactly this reserve state (same digest)
 * @param backedMints the latest of them (at most {@link #MAX_BACKED_MINTS}), newest first
 * @param proof with {@code --proof ASSET}: the asset's inclusion proof
 */
public record Composition(
        String currency,
        Instant asOf,
        String asOfTxId,
        String issuer,
        Amount unitsOutstanding,
        Amount reserveValue,
        Amount reserveValueAfterHaircuts,
        BigDecimal coverage,
        BigDecimal minCoverage,
        SortedMap<String, Amount> byClass,
        SortedMap<String, Amount> byCurrency,
        SortedMap<String, Amount> byMaturity,
        SortedMap<String, Amount> byCustodian,
        SortedMap<String, Amount> byIssuer,
        SortedMap<String, SortedMap<String, BigDecimal>> weights,
        int assetCount,
        String digest,
        List<String> breaches,
        List<String> breachMessages,
        int backedMintCount,
        List<BackedMint> backedMints,
        MerkleProof proof) {

    public static final int MAX_BACKED_MINTS = 20;

    /** Maturity bucket: matured, on demand, or maturing within 7 days. */
    public static final String UP_TO_7D = "<=7d";
    /** Maturity bucket: within 93 days. */
    public static final String UP_TO_93D = "<=93d";
    /** Maturity bucket: on or before the same date next year. */
    public static final String UP_TO_1Y = "<=1y";
    /** Maturity bucket: later than one year, or never (gold, metal certificates without a maturity). */
    public static final String OVER_1Y = ">1y";
    /** The keys of {@link #byMaturity}, shortest first. */
    public static final List<String> MATURITY_BUCKETS = List.of(UP_TO_7D, UP_TO_93D, UP_TO_1Y, OVER_1Y);

    /** A mint whose coverage check saw this reserve state. */
    public record BackedMint(String txId, Instant at, String account, Amount amount, BigDecimal coverage) {}
}
