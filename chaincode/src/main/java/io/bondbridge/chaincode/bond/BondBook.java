package io.bondbridge.chaincode.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.CouponType;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.BondPledge;
import io.bondbridge.chaincode.stable.Settlement;
import io.bondbridge.chaincode.stable.StableKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The reads and checks the bond rules share: series, holdings, supply totals, eligibility, the rate in force. */
final class BondBook {
    /** Roles whose accounts may hold bonds. */
    static final List<Role> HOLDER_ROLES = List.of(Role.BANK, Role.TREASURY, Role.CENTRAL_BANK);

    final Registry registry;
    final Ledger ledger;

    BondBook(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    Series series(String id) {
        return ledger.get(BondKeys.series(Series.requireId(id)), Series.class, "bond series " + id);
    }

    Holding holding(Series s, AccountId account) {
        return ledger.find(BondKeys.holding(s.seriesId(), account), Holding.class)
                .orElseGet(() -> Holding.empty(s.seriesId(), account.toString()));
    }

    /** Units of a series that {@code owner} holds free (not locked in offers) across all its accounts. */
    Amount freeUnits(String seriesId, String owner) {
        Amount free = Units.ZERO;
        for (Ledger.Row<Holding> r : ledger.list(Holding.class, BondKeys.HOLDING, seriesId, owner)) {
            free = free.plus(r.value().units());
        }
        return free;
    }

    /**
     * Units a custodian recorded as a reserve asset stay with it: {@code leaving} units may go (transfer, offer,
     * redeem, buyback) only if its free units afterwards still cover the pledge. One extra read, of the
     * (series, owner) pledge row, for a holder that pledged nothing.
     */
    void requirePledgeKept(Series s, AccountId from, Amount leaving) {
        Optional<BondPledge> pledge = ledger.find(StableKeys.pledge(s.seriesId(), from.owner()), BondPledge.class);
        if (pledge.isEmpty()) {
            return;
        }
        Amount free = freeUnits(s.seriesId(), from.owner());
        if (free.minus(leaving).toBigDecimal().compareTo(pledge.get().units()) < 0) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "%s has pledged %s units of %s as reserve asset %s of the %s reserve and holds %s free: %s units"
                            + " cannot leave %s (update or remove the reserve asset first)",
                    from.owner(),
                    pledge.get().units().toPlainString(),
                    s.seriesId(),
                    pledge.get().assetId(),
                    pledge.get().reserve(),
                    free,
                    leaving,
                    from);
        }
    }

    void putHolding(Series s, AccountId account, Holding h) {
        ledger.put(BondKeys.holding(s.seriesId(), account), h);
    }

    /**
     * A series' running totals: one point read. A series issued before the totals row existed has none; its supply
     * rows are summed once, here, and its first writer stores the result (migration). Its proceeds start at zero then:
     * those issues paid the issuer's paying account, and no disbursement can predate the totals row.
     */
    SeriesTotals totals(Series s) {
        Optional<SeriesTotals> stored = ledger.find(BondKeys.totals(s.seriesId()), SeriesTotals.class);
        if (stored.isPresent()) {
            return stored.get();
        }
        SeriesTotals t = SeriesTotals.empty(s.seriesId(), s.currency());
        for (Ledger.Row<SupplyChange> r : ledger.list(SupplyChange.class, BondKeys.SUPPLY, s.seriesId())) {
            t = t.with(r.value());
        }
        // Those issues paid the issuer's paying account: their cash was never earmarked, so none of it is proceeds.
        return new SeriesTotals(
                t.series(),
                t.issued(),
                t.redeemed(),
                t.boughtBack(),
                Amount.zero(t.raised().scale()),
                null,
                t.txId(),
                t.at());
    }

    /**
     * Appends the supply row of a change and stores {@code before} with it counted; returns the new totals. One
     * write of the totals row per transaction: a rule calls this once.
     */
    SeriesTotals recordSupply(
            Series s,
            SeriesTotals before,
            SupplyChange.Kind kind,
            AccountId account,
            Amount units,
            Amount price,
            Amount cash) {
        SupplyChange change = new SupplyChange(
                ledger.txId(), ledger.now(), s.seriesId(), kind, account.toString(), units, price, cash);
        ledger.put(BondKeys.supply(s.seriesId(), ledger.txId()), change);
        SeriesTotals after = before.with(change);
        ledger.put(BondKeys.totals(s.seriesId()), after);
        ledger.emit(
                "Bond" + kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT), change);
        return after;
    }

    /**
     * The minimum denomination: an account's free units after a change are none or at least the series' minimum
     * (an offered lot, which becomes a buyer's holding, is checked the same way).
     */
    void requireDenomination(Series s, Amount after, String what) {
        if (after.isPositive() && after.lessThan(s.minimum())) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "%s would be %s units of %s, below its minimum denomination %s (other than none)",
                    what,
                    after,
                    s.seriesId(),
                    s.minimum());
        }
    }

    /** The caller must be the series' issuer. */
    void requireIssuer(Caller caller, Series s, String action) {
        registry.requireRole(caller, action, Role.TREASURY);
        if (!s.issuer().equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not %s %s: its issuer is %s",
                    caller.mspId(),
                    action,
                    s.seriesId(),
                    s.issuer());
        }
    }

    /** An account that may receive bond units: active, and owned by a BANK, TREASURY or CENTRAL_BANK. */
    void requireEligible(AccountId id) {
        registry.requireActive(id, "receive");
        requireHolderRole(id);
    }

    /**
     * {@link #requireEligible(AccountId)} for an account that pays {@code payment} for the units in this transaction:
     * its balance row, read for the payment anyway, vouches for the account when it carries the active mark.
     */
    void requireEligible(AccountId id, Settlement payment, String currency) {
        payment.requireActive(id, currency, "receive");
        requireHolderRole(id);
    }

    private void requireHolderRole(AccountId id) {
        Participant owner = registry.participant(id.owner());
        if (HOLDER_ROLES.stream().noneMatch(owner::has)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "account %s may not hold bonds: its owner has roles %s, needs one of %s",
                    id,
                    owner.roles(),
                    HOLDER_ROLES);
        }
    }

    /** The caller owns {@code reference}; returns its id. */
    AccountId owned(Caller caller, AccountId reference) {
        registry.caller(caller);
        AccountId id = registry.accountId(reference);
        registry.requireOwner(caller, id);
        return id;
    }

    LocalDate today() {
        return LocalDate.ofInstant(ledger.now(), ZoneOffset.UTC);
    }

    AccountId payingAccount(Series s) {
        return registry.accountId(s.payingAccount());
    }

    /** The rate in force now: the last stored reset of an INDEXED series, else the rate of the terms. */
    BigDecimal currentRate(Series s) {
        if (s.couponType() != CouponType.INDEXED) {
            return s.couponRate();
        }
        List<Ledger.Row<RateReset>> resets = ledger.list(RateReset.class, BondKeys.RESET, s.seriesId());
        return resets.isEmpty()
                ? s.couponRate()
                : resets.get(resets.size() - 1).value().rate();
    }

    List<Series> allSeries() {
        return ledger.list(Series.class, BondKeys.SERIES).stream()
                .map(Ledger.Row::value)
                .toList();
    }
}
