package io.bondbridge.chaincode.bond;

/**
 * What {@code bond create} asks for, as text (the contract's JSON input); {@link Bonds#create} validates every
 * field and builds the {@link Series}.
 *
 * @param seriesId ISIN-like id
 * @param currency 3-letter code
 * @param face face value per unit, decimal in the currency
 * @param couponType ZERO, FIXED or INDEXED
 * @param couponRate annual rate in percent (at most 4 places); empty or 0 for ZERO
 * @param frequency coupons per year: 1, 2, 4, 12 (0 for ZERO)
 * @param issueDate ISO date
 * @param maturity ISO date
 * @param dayCount ACT/365F, ACT/360, 30/360 or ACT/ACT
 * @param authorized units, at most 2 places
 * @param program optional program name
 * @param useOfProceeds optional tag
 * @param rateCap INDEXED: cap in percent (default initial rate + 1.00)
 */
public record SeriesTerms(
        String seriesId,
        String currency,
        String face,
        String couponType,
        String couponRate,
        int frequency,
        String issueDate,
        String maturity,
        String dayCount,
        String authorized,
        String program,
        String useOfProceeds,
        String rateCap) {}
