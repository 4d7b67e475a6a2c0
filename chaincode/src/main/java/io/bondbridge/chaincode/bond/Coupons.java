package io.bondbridge.chaincode.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.Claim;
import io.bondbridge.api.bond.CouponOpenResult;
import io.bondbridge.api.bond.CouponPeriod;
import io.bondbridge.api.bond.CouponType;
import io.bondbridge.api.bond.DayCount;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Coupons by effect and claim (daml-finance style): the issuer opens a period once ({@link CouponPeriod}); each
 * holder's owner claims its own entitlement. No transaction touches every holder.
 *
 * <p>Entitlement = (units + locked at the end of the record date, UTC) x face x rate / 100 x year fraction, rounded
 * HALF_EVEN once to the currency's minor unit. The holding at the record date comes from the holding row's
 * history (the last version written by a transaction stamped before the day after the record date), so a transfer
 * after the record date changes no entitlement. A claim touches only the period row and the series row (read),
 * the holding's history, the claim row (write-once: a second claim is ALREADY_EXISTS), and the payer's and the
 * holder's balance rows. The paying account's balance is sharded ({@link
 * io.bondbridge.api.stable.BalanceShards}): a claim takes from one shard chosen by its transaction id, so
 * claims of one series no longer serialize on one row.
 */
public final class Coupons {
    private final BondBook book;
    private final Registry registry;
    private final Ledger ledger;

    public Coupons(Registry registry, Ledger ledger) {
        this.book = new BondBook(registry, ledger);
        this.registry = registry;
        this.ledger = ledger;
    }

    /**
     * The issuer opens the period whose coupon date is the first scheduled date on or after {@code recordDate}
     * (scheduled dates: the issue date plus multiples of 12/frequency months, the last one the maturity). It
     * accrues from the previous scheduled date (or the issue date) at the rate in force now.
     */
    public CouponOpenResult open(Caller caller, String seriesId, LocalDate record) {
        Series s = book.series(seriesId);
        book.requireIssuer(caller, s, "open a coupon period of");
        if (s.couponType() == CouponType.ZERO) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "series %s is a ZERO coupon series: it pays no coupons", s.seriesId());
        }
        if (record.isBefore(s.issueDate()) || record.isAfter(s.maturity())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "record date %s is outside %s's life %s to %s",
                    record,
                    s.seriesId(),
                    s.issueDate(),
                    s.maturity());
        }
        int months = 12 / s.frequency();
        LocalDate start = s.issueDate();
        LocalDate end = s.issueDate();
        for (int k = 1; end.isBefore(record); k++) {
            start = end;
            end = s.issueDate().plusMonths((long) k * months);
            if (end.isAfter(s.maturity())) {
                end = s.maturity();
            }
        }
        if (end.equals(start)) { // record date = issue date: the first period
            end = s.issueDate().plusMonths(months);
        }
        String period = end.toString();
        if (ledger.exists(BondKeys.period(s.seriesId(), period))) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS, "coupon period %s of %s is already open", period, s.seriesId());
        }
        DayCount.Fraction fraction = s.dayCount().fraction(start, end);
        CouponPeriod p = new CouponPeriod(
                s.seriesId(),
                period,
                record,
                start,
                end,
                book.currentRate(s),
                s.dayCount(),
                fraction,
                fraction.toBigDecimal(10),
                ledger.now());
        ledger.put(BondKeys.period(s.seriesId(), period), p);
        ledger.emit("BondCouponOpened", p);
        return new CouponOpenResult(ledger.txId(), period, p);
    }

    /** The owner of {@code account} claims its coupon for one period, once, after the record date has ended. */
    public Claim claim(Caller caller, String seriesId, String periodId, AccountId account) {
        AccountId id = book.owned(caller, account);
        Series s = book.series(seriesId);
        CouponPeriod p = ledger.get(
                BondKeys.period(s.seriesId(), periodId),
                CouponPeriod.class,
                "coupon period " + periodId + " of " + s.seriesId());
        Instant cutoff = p.recordDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (ledger.now().isBefore(cutoff)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "record date %s of %s period %s has not ended (claims from %s)",
                    p.recordDate(),
                    s.seriesId(),
                    periodId,
                    cutoff);
        }
        if (ledger.exists(BondKeys.claim(s.seriesId(), periodId, id))) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS, "%s already claimed the %s coupon of %s", id, periodId, s.seriesId());
        }
        Holding held = null;
        String version = null;
        for (Ledger.Version v : ledger.history(BondKeys.holding(s.seriesId(), id))) {
            if (!v.timestamp().isBefore(cutoff)) {
                break;
            }
            held = v.deleted() ? null : Json.read(v.value(), Holding.class);
            version = v.txId();
        }
        Amount units = held == null ? Units.ZERO : held.total();
        Amount amount = entitlement(units, s.face(), p);
        if (!amount.isPositive()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s held %s units of %s at the end of %s: no coupon to claim for %s",
                    id,
                    units,
                    s.seriesId(),
                    p.recordDate(),
                    periodId);
        }
        AccountId payer = book.payingAccount(s);
        // Every claim of the series pays from one account: its balance is served by one shard per claim.
        new Settlement(registry, ledger)
                .move(payer, id, s.currency(), amount)
                .sharded(payer, s.currency())
                .apply();
        Claim c = new Claim(
                ledger.txId(),
                s.seriesId(),
                periodId,
                id.toString(),
                units,
                version,
                amount,
                s.currency(),
                payer.toString(),
                ledger.now());
        ledger.put(BondKeys.claim(s.seriesId(), periodId, id), c);
        ledger.emit("BondCouponClaimed", c);
        return c;
    }

    /** units x face x rate/100 x numerator/denominator, one division, HALF_EVEN to the face's (currency) scale. */
    public static Amount entitlement(Amount units, Amount face, CouponPeriod p) {
        BigDecimal numerator = units.toBigDecimal()
                .multiply(face.toBigDecimal())
                .multiply(p.rate())
                .multiply(BigDecimal.valueOf(p.fraction().numerator()));
        BigDecimal denominator = BigDecimal.valueOf(100L * p.fraction().denominator());
        return Amount.of(
                numerator.divide(denominator, face.scale(), RoundingMode.HALF_EVEN),
                face.scale(),
                RoundingMode.UNNECESSARY);
    }
}
