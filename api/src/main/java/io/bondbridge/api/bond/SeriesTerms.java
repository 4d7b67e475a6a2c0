package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Parse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What {@code bond create} asks for, as text (the contract's JSON input); {@link #toSeries} validates every field
 * and builds the {@link Series}.
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
 * @param minDenomination the smallest holding other than none, units with at most 2 places (default 0.01)
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
        String rateCap,
        String minDenomination) {
    private static final List<Integer> FREQUENCIES = List.of(1, 2, 4, 12);

    /** Terms with the default minimum denomination (0.01 unit). */
    public SeriesTerms(
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
            String rateCap) {
        this(
                seriesId,
                currency,
                face,
                couponType,
                couponRate,
                frequency,
                issueDate,
                maturity,
                dayCount,
                authorized,
                program,
                useOfProceeds,
                rateCap,
                null);
    }

    /**
     * The series these terms describe, issued by {@code issuer} with {@code payingAccount}, created at
     * {@code createdAt}. Every field is checked, in the order of the terms, and the first that is wrong is
     * INVALID_ARGUMENT naming it: a series id of 3-32 capital letters, digits or '-'; a 3-letter currency; a face
     * more than zero at the currency's scale; a coupon type; a rate within 0-100% with at most 4 places (none, or
     * zero, for ZERO); a frequency of 1, 2, 4 or 12 (0 or 1 for ZERO, stored as 0); ISO dates with the maturity
     * after the issue date; a known day count; authorized units more than zero with at most 2 places; a
     * use-of-proceeds tag only with a program, and then one of the program's tags (none for a program without
     * tags), an ULTRA_LONG series running exactly 20, 30 or 50 years; and a rate cap, INDEXED only, not below the
     * initial rate (default the initial rate + 1.00, or the spread given; the floor is 0); a minimum denomination more than zero with at
     * most 2 places and not above the authorized units (default 0.01).
     */
    public Series toSeries(String issuer, String payingAccount, Instant createdAt) {
        return toSeries(issuer, payingAccount, createdAt, BigDecimal.ONE);
    }

    /**
     * As {@link #toSeries(String, String, Instant)}, with an INDEXED series' default cap the initial rate plus
     * {@code capSpread} percentage points (the governed {@code rateCapSpreadPct}; 1.00 by default).
     */
    public Series toSeries(String issuer, String payingAccount, Instant createdAt, BigDecimal capSpread) {
        String id = Series.requireId(seriesId);
        String ccy = Currencies.require(currency);
        Amount faceValue = Amount.positive(face, ccy, "face");
        CouponType type = enumValue(CouponType.class, couponType, "coupon type");
        boolean noRate = couponRate == null || couponRate.isBlank();
        BigDecimal rate = type == CouponType.ZERO && noRate
                ? BigDecimal.ZERO.setScale(2)
                : Parse.percent(couponRate, "coupon rate");
        if (type == CouponType.ZERO && rate.signum() != 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "a ZERO coupon series has no coupon rate (%s given)", couponRate);
        }
        if (type == CouponType.ZERO ? frequency != 0 && frequency != 1 : !FREQUENCIES.contains(frequency)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "coupon frequency %d is not one of %s%s",
                    frequency,
                    FREQUENCIES,
                    type == CouponType.ZERO ? " (0 for ZERO)" : "");
        }
        LocalDate issued = Parse.date(issueDate, "issue date");
        LocalDate matures = Parse.date(maturity, "maturity");
        if (!matures.isAfter(issued)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "maturity %s must be after the issue date %s", matures, issued);
        }
        DayCount convention = DayCount.parse(dayCount);
        Amount authorizedUnits = Units.positive(authorized, "authorized units");
        Program prog = program == null || program.isBlank() ? null : enumValue(Program.class, program, "program");
        String tag = useOfProceeds == null || useOfProceeds.isBlank()
                ? null
                : useOfProceeds.strip().toUpperCase(Locale.ROOT);
        checkProgram(prog, tag, issued, matures);
        BigDecimal cap = null;
        BigDecimal floor = null;
        if (type == CouponType.INDEXED) {
            floor = BigDecimal.ZERO.setScale(2);
            cap = rateCap == null || rateCap.isBlank() ? rate.add(capSpread) : Parse.percent(rateCap, "rate cap");
            if (cap.compareTo(rate) < 0) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "rate cap %s%% is below the initial rate %s%%",
                        cap.toPlainString(),
                        rate.toPlainString());
            }
        } else if (rateCap != null && !rateCap.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "a rate cap applies to INDEXED series only");
        }
        Amount minimum = minDenomination == null || minDenomination.isBlank()
                ? Amount.ofMinor(1, Units.SCALE)
                : Units.positive(minDenomination, "minimum denomination");
        if (authorizedUnits.lessThan(minimum)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "minimum denomination %s is above the authorized %s units",
                    minimum,
                    authorizedUnits);
        }
        return new Series(
                id,
                issuer,
                payingAccount,
                ccy,
                faceValue,
                type,
                rate,
                type == CouponType.ZERO ? 0 : frequency,
                issued,
                matures,
                convention,
                authorizedUnits,
                prog,
                tag,
                cap,
                floor,
                createdAt,
                minimum);
    }

    /** The same terms at another coupon rate (a tranche's rate is set by its signal, not by the terms). */
    public SeriesTerms withCouponRate(String rate) {
        return new SeriesTerms(
                seriesId,
                currency,
                face,
                couponType,
                rate,
                frequency,
                issueDate,
                maturity,
                dayCount,
                authorized,
                program,
                useOfProceeds,
                rateCap,
                minDenomination);
    }

    private static void checkProgram(Program program, String tag, LocalDate issueDate, LocalDate maturity) {
        if (program == null) {
            if (tag != null) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT, "use-of-proceeds %s needs a program whose tags include it", tag);
            }
            return;
        }
        if (program.tags().isEmpty()
                ? tag != null
                : tag == null || !program.tags().contains(tag)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "use-of-proceeds %s is not allowed for %s (allowed: %s)",
                    tag == null ? "(none)" : tag,
                    program,
                    program.tags().isEmpty() ? "none" : program.tags());
        }
        if (program == Program.ULTRA_LONG) {
            boolean exact = Program.ULTRA_LONG_YEARS.stream()
                    .anyMatch(y -> issueDate.plusYears(y).equals(maturity));
            if (!exact) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "ULTRA_LONG series run %s years; %s to %s is not one of them",
                        Program.ULTRA_LONG_YEARS,
                        issueDate,
                        maturity);
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' is not one of %s",
                    what,
                    text,
                    java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
