package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A bond series: its terms, written once by the TREASURY that creates it and never changed afterwards, so the
 * transactions that only read it (transfers, offers, claims) never conflict with each other on it. What changes
 * (units outstanding and proceeds, the indexed rate) lives in the series' totals, supply and reset rows.
 *
 * @param seriesId ISIN-like id, 3-32 capital letters, digits and '-'
 * @param issuer MSP ID of the TREASURY participant that created the series
 * @param payingAccount the issuer's account that pays coupons, principal and buybacks (issue proceeds go to the
 *     series' earmarked {@link #proceedsAccount()})
 * @param currency the series currency; every payment is in stable units of it
 * @param face face value per unit, at the currency's scale
 * @param couponType ZERO, FIXED or INDEXED
 * @param couponRate the (initial, for INDEXED) annual rate in percent, e.g. 2.19; 0 for ZERO
 * @param frequency coupons per year: 1, 2, 4 or 12; 0 for ZERO
 * @param issueDate first accrual date
 * @param maturity redemption date; principal is paid at or after it
 * @param dayCount the day-count convention of every coupon period
 * @param authorized units that may ever be issued (scale 2); issues sum to at most this
 * @param program the bond program, or null
 * @param useOfProceeds the use-of-proceeds tag, one of the program's tags, or null when the program has none
 * @param rateCap INDEXED only: the highest rate (percent) the index may reach
 * @param rateFloor INDEXED only: the lowest rate (percent), 0 by default
 * @param createdAt timestamp of the creating transaction
 * @param minDenomination the smallest holding (scale 2) an issue, transfer, offer or buyback may leave in an account
 *     other than none; null (a series created before the rule) means 0.01, the smallest unit
 */
public record Series(
        String seriesId,
        String issuer,
        String payingAccount,
        String currency,
        Amount face,
        CouponType couponType,
        BigDecimal couponRate,
        int frequency,
        LocalDate issueDate,
        LocalDate maturity,
        DayCount dayCount,
        Amount authorized,
        Program program,
        String useOfProceeds,
        BigDecimal rateCap,
        BigDecimal rateFloor,
        Instant createdAt,
        Amount minDenomination) {
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    public Series {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(payingAccount, "payingAccount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(couponType, "couponType");
        Objects.requireNonNull(couponRate, "couponRate");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(authorized, "authorized");
    }

    /** The smallest holding other than none: the stored minimum denomination, 0.01 for a series without one. */
    public Amount minimum() {
        return minDenomination == null ? Amount.ofMinor(1, Units.SCALE) : minDenomination;
    }

    /** The uses a disbursement of proceeds may name: the program's tags, or GENERAL for a series without tags. */
    public List<String> uses() {
        return program == null || program.tags().isEmpty() ? List.of(Disbursement.GENERAL) : program.tags();
    }

    /** The issuer's account that holds this series' issue proceeds until they are disbursed. */
    public AccountId proceedsAccount() {
        return new AccountId(issuer, AccountId.EARMARKED + seriesId);
    }

    /** A series id: 3-32 capital letters, digits or '-', starting with a letter or digit. */
    public static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "series id '%s' is not 3-32 capital letters, digits or '-'", id);
        }
        return id;
    }
}
