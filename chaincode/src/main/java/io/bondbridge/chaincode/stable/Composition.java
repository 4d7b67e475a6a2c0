package io.bondbridge.chaincode.stable;

import io.bondbridge.chaincode.ledger.Amount;
import io.bondbridge.chaincode.ledger.ErrorCode;
import io.bondbridge.chaincode.ledger.LedgerException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /** A mint whose coverage check saw this reserve state. */
    public record BackedMint(String txId, Instant at, String account, Amount amount, BigDecimal coverage) {}

    /** The composition of a snapshot, with the inclusion proof of {@code proofAssetId} when not null. */
    public static Composition of(ReserveSnapshot snapshot, String proofAssetId) {
        ReserveMetrics m = snapshot.metrics();
        String digest = m.digest();
        TreeMap<String, SortedMap<String, BigDecimal>> weights = new TreeMap<>();
        weights.put("class", m.weights(m.byClass()));
        weights.put("currency", m.weights(m.byCurrency()));
        weights.put("maturity", m.weights(m.byMaturity()));
        weights.put("custodian", m.weights(m.byCustodian()));
        weights.put("issuer", m.weights(m.byIssuer()));
        List<Breach> breaches = m.breaches();

        List<SupplyChange> backing = new ArrayList<>();
        for (SupplyChange c : snapshot.supplyChanges()) {
            if (c.kind() == SupplyChange.Kind.MINT && digest.equals(c.reserveDigest())) {
                backing.add(c);
            }
        }
        backing.sort(Comparator.comparing(SupplyChange::at)
                .thenComparing(SupplyChange::txId)
                .reversed());
        List<BackedMint> latest = backing.stream()
                .limit(MAX_BACKED_MINTS)
                .map(c -> new BackedMint(c.txId(), c.at(), c.account(), c.amount(), c.coverage()))
                .toList();

        MerkleProof proof = null;
        if (proofAssetId != null) {
            int index = -1;
            for (int i = 0; i < m.assets().size(); i++) {
                if (m.assets().get(i).asset().id().equals(proofAssetId)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw LedgerException.of(
                        ErrorCode.NOT_FOUND,
                        "asset %s is not in the %s reserve as of %s",
                        proofAssetId,
                        snapshot.currency(),
                        snapshot.asOf());
            }
            proof = Merkle.proof(m.leaves(), index, proofAssetId);
        }
        return new Composition(
                snapshot.currency(),
                snapshot.asOf(),
                snapshot.asOfTxId(),
                snapshot.policy().issuer(),
                m.units(),
                m.market(),
                m.adjusted(),
                m.coverage(),
                snapshot.policy().minCoverage(),
                m.byClass(),
                m.byCurrency(),
                m.byMaturity(),
                m.byCustodian(),
                m.byIssuer(),
                weights,
                m.assets().size(),
                digest,
                breaches.stream().map(Breach::limit).toList(),
                breaches.stream().map(Breach::message).toList(),
                backing.size(),
                latest,
                proof);
    }
}
