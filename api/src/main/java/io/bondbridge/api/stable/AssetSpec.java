package io.bondbridge.api.stable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reserve asset as a custodian submits it (the input of {@code reserve:addAssets}); the rules validate it and
 * complete the rest (valuation time, attestation, owner of the record). Fields are plain so the codec never
 * fails halfway: validation happens in the reserve rules, with the field's name in the message.
 *
 * @param id asset id
 * @param reserve the stable currency it backs; null: the same as {@code currency}
 * @param assetClass its class
 * @param currency the currency of its unit price
 * @param quantity units held
 * @param unitPrice price of one unit in {@code currency}
 * @param maturity maturity date (required for TBILL and GOV_BOND)
 * @param custodian null: the caller; else the caller (MSP ID or alias) or an outside sub-custodian's name
 * @param issuer null: the custodian
 * @param statementHash hex hash of the custodian's statement, or null
 * @param series a bond series of this ledger that this GOV_BOND asset is (null: none): the ledger then takes the
 *     currency, maturity and issuer from the series and checks that the custodian holds the units
 */
public record AssetSpec(
        String id,
        String reserve,
        AssetClass assetClass,
        String currency,
        BigDecimal quantity,
        BigDecimal unitPrice,
        LocalDate maturity,
        String custodian,
        String issuer,
        String statementHash,
        String series) {

    /** Most assets one transaction may record (a custodian statement loaded in batches). */
    public static final int MAX_BATCH = 1000;

    /** An asset that is not one of this ledger's bond series. */
    public AssetSpec(
            String id,
            String reserve,
            AssetClass assetClass,
            String currency,
            BigDecimal quantity,
            BigDecimal unitPrice,
            LocalDate maturity,
            String custodian,
            String issuer,
            String statementHash) {
        this(id, reserve, assetClass, currency, quantity, unitPrice, maturity, custodian, issuer, statementHash, null);
    }

    /**
     * A change of a recorded asset (input of {@code reserve:updateAsset}); null fields keep their value. Every
     * update re-attests the record (attested by the caller, now) and sets its valuation time to now.
     */
    public record Update(BigDecimal quantity, BigDecimal unitPrice, LocalDate maturity, String statementHash) {}
}
