package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A series as {@code bond show} prints it: the terms, the rate in force, the supply totals, the smallest holding
 * and the earmarked proceeds (raised, disbursed by use, unspent); for a tranche, the signal that opened it
 * ({@code tranche}, else null).
 */
public record SeriesView(
        String series,
        String issuer,
        String payingAccount,
        String currency,
        Amount face,
        CouponType couponType,
        BigDecimal couponRate,
        BigDecimal initialRate,
        int frequency,
        LocalDate issueDate,
        LocalDate maturity,
        String dayCount,
        Amount authorized,
        Amount issued,
        Amount outstanding,
        Program program,
        String useOfProceeds,
        BigDecimal rateCap,
        Amount minDenomination,
        Proceeds proceeds,
        Tranche tranche) {}
