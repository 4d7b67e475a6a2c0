package io.bondbridge.chaincode.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.BondRedeemResult;
import io.bondbridge.api.bond.BondTransferResult;
import io.bondbridge.api.bond.BuybackResult;
import io.bondbridge.api.bond.DisburseResult;
import io.bondbridge.api.bond.Disbursement;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.IssueResult;
import io.bondbridge.api.bond.Proceeds;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.SeriesView;
import io.bondbridge.api.bond.SubscribeResult;
import io.bondbridge.api.bond.Subscription;
import io.bondbridge.api.bond.Tender;
import io.bondbridge.api.bond.TenderResult;
import io.bondbridge.api.bond.Tranche;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import io.bondbridge.chaincode.stable.StableKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * Bond series and their units: create, primary issue (DvP against a subscription), transfer, buyback (against a
 * tender), redemption at maturity, and the reads.
 *
 * <p>Consent. On this permissioned ledger the issuer itself submits the primary allocation ({@code bond issue}) and
 * the buyback ({@code bond buyback}); the counterparty's stable units or bond units move only because its owner
 * consented beforehand on the ledger: a {@link Subscription} (pay up to X for this series) or a
 * {@link Tender} (sell up to U units at no less than P). Both are used up as the issuer draws on them.
 *
 * <p>Proceeds are earmarked: issue cash goes to the series' proceeds account ({@link Series#proceedsAccount()}),
 * which nothing but {@link #disburse} pays out of, each payment naming a use the program allows.
 *
 * <p>What each transaction touches: issue, buyback and redeem read the series row and the series' totals row and
 * write the totals and one new supply row (the series row is never rewritten): constant work however long the
 * history; disburse likewise with a disbursement row; transfer reads the series row and writes the two holding
 * rows; offers and claims are in {@link Offers} and {@link Coupons}.
 */
public final class Bonds {
    private final BondBook book;
    private final Registry registry;
    private final Ledger ledger;

    public Bonds(Registry registry, Ledger ledger) {
        this.book = new BondBook(registry, ledger);
        this.registry = registry;
        this.ledger = ledger;
    }

    /** TREASURY creates a series; the creator is its issuer and its {@code main} account the paying account. */
    public SeriesCreated create(Caller caller, SeriesTerms t) {
        registry.requireRole(caller, "create bond series", Role.TREASURY);
        String id = Series.requireId(t.seriesId());
        if (ledger.exists(BondKeys.series(id))) {
            throw LedgerException.of(ErrorCode.ALREADY_EXISTS, "bond series %s already exists", id);
        }
        AccountId paying = new AccountId(caller.mspId(), AccountId.MAIN);
        Series s = t.toSeries(
                caller.mspId(), paying.toString(), ledger.now(), Parameters.decimal(ledger, Param.RATE_CAP_SPREAD_PCT));
        registry.account(paying);
        registry.openEarmarked(s.proceedsAccount());
        ledger.put(BondKeys.series(id), s);
        ledger.emit("BondSeriesCreated", s);
        return new SeriesCreated(ledger.txId(), s);
    }

    /**
     * The owner of {@code account} consents to pay up to {@code amount} (more than zero, at most the places of the
     * series currency) for primary allocations of a series.
     */
    public SubscribeResult subscribe(Caller caller, String seriesId, AccountId account, Amount amountGiven) {
        AccountId id = book.owned(caller, account);
        Series s = book.series(seriesId);
        Amount amount = amountGiven.in(s.currency(), "subscription amount");
        book.requireEligible(id);
        Subscription sub = new Subscription(s.seriesId(), id.toString(), amount, ledger.now());
        ledger.put(BondKeys.subscription(s.seriesId(), id), sub);
        ledger.emit("BondSubscribed", sub);
        return new SubscribeResult(ledger.txId(), sub);
    }

    /** The owner of {@code account} consents to sell up to {@code units} back to the issuer at {@code minPrice}+. */
    public TenderResult tender(Caller caller, String seriesId, AccountId account, Amount units, Amount minPrice) {
        AccountId id = book.owned(caller, account);
        Series s = book.series(seriesId);
        Tender tender = new Tender(
                s.seriesId(), id.toString(), units, minPrice.in(s.currency(), "minimum price"), ledger.now());
        ledger.put(BondKeys.tender(s.seriesId(), id), tender);
        ledger.emit("BondTendered", tender);
        return new TenderResult(ledger.txId(), tender);
    }

    /**
     * Primary issue, delivery versus payment: the buyer's stable units go to the issuer's paying account and the
     * units to the buyer in this one transaction, or nothing moves. Never beyond the authorized amount.
     */
    public IssueResult issue(Caller caller, String seriesId, AccountId to, Amount units, Amount priceGiven) {
        Series s = book.series(seriesId);
        book.requireIssuer(caller, s, "issue");
        Tranches.requireIssuable(ledger, s);
        Amount price = priceGiven.in(s.currency(), "price");
        AccountId buyer = registry.accountId(to);
        book.requireEligible(buyer);
        if (!book.today().isBefore(s.maturity())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "series %s matured on %s and cannot be issued",
                    s.seriesId(),
                    s.maturity());
        }
        SeriesTotals totals = book.totals(s);
        Amount issuedAfter = totals.issued().plus(units);
        if (s.authorized().lessThan(issuedAfter)) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "issuing %s units of %s would bring it to %s issued, above the authorized %s",
                    units,
                    s.seriesId(),
                    issuedAfter,
                    s.authorized());
        }
        Amount cash = Units.cash(units, price);
        Subscription sub = ledger.find(BondKeys.subscription(s.seriesId(), buyer), Subscription.class)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.FORBIDDEN,
                        "%s has not subscribed to %s: its owner must first consent with bond subscribe",
                        buyer,
                        s.seriesId()));
        if (sub.remaining().lessThan(cash)) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "%s units of %s at %s cost %s %s, above what %s subscribed for (%s remaining)",
                    units,
                    s.seriesId(),
                    price,
                    cash,
                    s.currency(),
                    buyer,
                    sub.remaining());
        }
        Holding h = book.holding(s, buyer);
        book.requireDenomination(s, h.units().plus(units), "the holding of " + buyer);
        AccountId proceeds = s.proceedsAccount();
        if (registry.findAccount(proceeds).isPresent()) {
            new Settlement(registry, ledger)
                    .move(buyer, proceeds, s.currency(), cash)
                    .apply();
        } else {
            // A series created before proceeds were earmarked: its account opens now. This transaction cannot read
            // it back (reads see committed state), so Settlement takes only the buyer's leg and the new account's
            // first balance row, which held nothing and is neither frozen nor anyone else's, is written here.
            new Settlement(registry, ledger).debit(buyer, s.currency(), cash).apply();
            registry.openEarmarked(proceeds);
            ledger.put(
                    StableKeys.balance(proceeds, s.currency()), new Balance(proceeds.toString(), s.currency(), cash));
        }
        book.putHolding(s, buyer, h.withUnits(h.units().plus(units)));
        ledger.put(
                BondKeys.subscription(s.seriesId(), buyer),
                new Subscription(sub.series(), sub.account(), sub.remaining().minus(cash), ledger.now()));
        SeriesTotals after = book.recordSupply(s, totals, SupplyChange.Kind.ISSUE, buyer, units, price, cash);
        return new IssueResult(
                ledger.txId(), s.seriesId(), buyer.toString(), units, price, cash, after.issued(), after.outstanding());
    }

    /** The owner of {@code from} moves free units to another eligible account. */
    public BondTransferResult transfer(Caller caller, String seriesId, AccountId from, AccountId to, Amount units) {
        AccountId fromId = book.owned(caller, from);
        Series s = book.series(seriesId);
        AccountId toId = registry.accountId(to);
        if (fromId.equals(toId)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "cannot transfer from %s to itself", fromId);
        }
        registry.requireActive(fromId, "send");
        book.requireEligible(toId);
        Holding source = book.holding(s, fromId);
        requireFree(source, units, s);
        if (!fromId.owner().equals(toId.owner())) {
            book.requirePledgeKept(s, fromId, units);
        }
        Holding target = book.holding(s, toId);
        Holding sourceAfter = source.withUnits(source.units().minus(units));
        Holding targetAfter = target.withUnits(target.units().plus(units));
        book.requireDenomination(s, sourceAfter.units(), "the holding of " + fromId);
        book.requireDenomination(s, targetAfter.units(), "the holding of " + toId);
        book.putHolding(s, fromId, sourceAfter);
        book.putHolding(s, toId, targetAfter);
        BondTransferResult r = new BondTransferResult(
                ledger.txId(),
                s.seriesId(),
                fromId.toString(),
                toId.toString(),
                units,
                sourceAfter.units(),
                targetAfter.units());
        ledger.emit("BondTransferred", r);
        return r;
    }

    static void requireFree(Holding h, Amount units, Series s) {
        if (h.units().lessThan(units)) {
            throw LedgerException.of(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "account %s holds %s free units of %s (%s locked in offers) and cannot deliver %s",
                    h.account(),
                    h.units(),
                    s.seriesId(),
                    h.locked(),
                    units);
        }
    }

    /** At or after maturity the holder's owner redeems its free units: principal = units x face, units burned. */
    public BondRedeemResult redeem(Caller caller, String seriesId, AccountId account) {
        AccountId id = book.owned(caller, account);
        Series s = book.series(seriesId);
        if (book.today().isBefore(s.maturity())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "series %s matures on %s; it cannot be redeemed on %s",
                    s.seriesId(),
                    s.maturity(),
                    book.today());
        }
        Holding h = book.holding(s, id);
        if (!h.units().isPositive()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "account %s holds no free units of %s (%s locked)",
                    id,
                    s.seriesId(),
                    h.locked());
        }
        book.requirePledgeKept(s, id, h.units());
        Amount principal = Units.cash(h.units(), s.face());
        new Settlement(registry, ledger)
                .move(book.payingAccount(s), id, s.currency(), principal)
                .apply();
        book.putHolding(s, id, h.withUnits(Units.ZERO));
        book.recordSupply(s, book.totals(s), SupplyChange.Kind.REDEEM, id, h.units(), s.face(), principal);
        return new BondRedeemResult(ledger.txId(), s.seriesId(), id.toString(), h.units(), principal);
    }

    /** The issuer buys back units against the holder's {@link Tender}; the units are burned. */
    public BuybackResult buyback(Caller caller, String seriesId, AccountId from, Amount units, Amount priceGiven) {
        Series s = book.series(seriesId);
        book.requireIssuer(caller, s, "buy back");
        Amount price = priceGiven.in(s.currency(), "price");
        AccountId holder = registry.accountId(from);
        Tender tender = ledger.find(BondKeys.tender(s.seriesId(), holder), Tender.class)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.FORBIDDEN,
                        "%s has not tendered units of %s: its owner must first consent with bond tender",
                        holder,
                        s.seriesId()));
        if (tender.units().lessThan(units)) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "buyback of %s units of %s from %s exceeds the %s tendered",
                    units,
                    s.seriesId(),
                    holder,
                    tender.units());
        }
        if (price.lessThan(tender.minPrice())) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "buyback price %s is below %s's minimum %s per unit of %s",
                    price,
                    holder,
                    tender.minPrice(),
                    s.seriesId());
        }
        registry.requireActive(holder, "send");
        Holding h = book.holding(s, holder);
        requireFree(h, units, s);
        book.requireDenomination(s, h.units().minus(units), "the holding of " + holder);
        book.requirePledgeKept(s, holder, units);
        Amount cash = Units.cash(units, price);
        SeriesTotals totals = book.totals(s);
        new Settlement(registry, ledger)
                .move(book.payingAccount(s), holder, s.currency(), cash)
                .apply();
        book.putHolding(s, holder, h.withUnits(h.units().minus(units)));
        ledger.put(
                BondKeys.tender(s.seriesId(), holder),
                new Tender(
                        tender.series(),
                        tender.account(),
                        tender.units().minus(units),
                        tender.minPrice(),
                        ledger.now()));
        SeriesTotals after = book.recordSupply(s, totals, SupplyChange.Kind.BUYBACK, holder, units, price, cash);
        return new BuybackResult(
                ledger.txId(), s.seriesId(), holder.toString(), units, price, cash, after.outstanding());
    }

    /** Any participant may read a series' terms and totals. */
    public SeriesView show(Caller caller, String seriesId) {
        registry.caller(caller);
        Series s = book.series(seriesId);
        SeriesTotals totals = book.totals(s);
        return new SeriesView(
                s.seriesId(),
                s.issuer(),
                s.payingAccount(),
                s.currency(),
                s.face(),
                s.couponType(),
                book.currentRate(s),
                s.couponRate(),
                s.frequency(),
                s.issueDate(),
                s.maturity(),
                s.dayCount().label(),
                s.authorized(),
                totals.issued(),
                totals.outstanding(),
                s.program(),
                s.useOfProceeds(),
                s.rateCap(),
                s.minimum(),
                proceeds(s, totals),
                ledger.find(BondKeys.tranche(s.seriesId()), Tranche.class).orElse(null));
    }

    private static Proceeds proceeds(Series s, SeriesTotals t) {
        return new Proceeds(s.proceedsAccount().toString(), t.raised(), t.disbursed(), t.unspent(), s.uses());
    }

    /**
     * The issuer pays {@code amountGiven} out of the series' earmarked proceeds account to {@code to}, for a
     * {@code use} the series' program allows ({@link Series#uses()}), under its {@code reference}. A use outside the
     * program is POLICY_VIOLATION; more than the unspent proceeds is INSUFFICIENT_FUNDS. Writes the two balance rows,
     * the series' totals and one disbursement row.
     */
    public DisburseResult disburse(
            Caller caller, String seriesId, AccountId to, Amount amountGiven, String useGiven, String reference) {
        Series s = book.series(seriesId);
        book.requireIssuer(caller, s, "disburse proceeds of");
        String use = useGiven.strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.uses().contains(use)) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "use %s is outside the %s program of %s: its proceeds may fund only %s",
                    use,
                    s.program() == null ? "(no)" : s.program(),
                    s.seriesId(),
                    s.uses());
        }
        Amount amount = amountGiven.in(s.currency(), "disbursement amount");
        AccountId payee = registry.accountId(to);
        if (payee.earmarked()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s is an earmarked proceeds account and cannot be paid", payee);
        }
        SeriesTotals totals = book.totals(s);
        if (totals.unspent().lessThan(amount)) {
            throw LedgerException.of(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "%s has %s %s of unspent proceeds and cannot disburse %s",
                    s.seriesId(),
                    totals.unspent(),
                    s.currency(),
                    amount);
        }
        AccountId from = s.proceedsAccount();
        new Settlement(registry, ledger).move(from, payee, s.currency(), amount).apply();
        Disbursement d = new Disbursement(
                ledger.txId(), ledger.now(), s.seriesId(), use, reference, from.toString(), payee.toString(), amount);
        ledger.put(BondKeys.disbursement(s.seriesId(), ledger.txId()), d);
        SeriesTotals after = totals.disburse(use, amount, ledger.txId(), ledger.now());
        ledger.put(BondKeys.totals(s.seriesId()), after);
        ledger.emit("BondProceedsDisbursed", d);
        return new DisburseResult(ledger.txId(), d, proceeds(s, after));
    }

    /** Any participant may read a series' disbursements, oldest first (by transaction id within the series). */
    public List<Disbursement> disbursements(Caller caller, String seriesId) {
        registry.caller(caller);
        Series s = book.series(seriesId);
        return ledger.list(Disbursement.class, BondKeys.DISBURSEMENT, s.seriesId()).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /**
     * Holdings of one series or all ({@code seriesId} null), of one account or all readable ({@code account}
     * null). The owner reads its own; REGULATOR and AUDITOR read all; a series' issuer reads its series.
     */
    public List<Holding> holdings(Caller caller, String seriesId, AccountId account) {
        Participant p = registry.caller(caller);
        boolean supervisor = p.has(Role.REGULATOR) || p.has(Role.AUDITOR);
        List<Series> series = seriesId == null ? book.allSeries() : List.of(book.series(seriesId));
        AccountId id = account == null ? null : registry.accountId(account);
        if (id != null) {
            registry.account(id);
        }
        List<Holding> out = new ArrayList<>();
        for (Series s : series) {
            boolean all = supervisor || s.issuer().equals(caller.mspId());
            if (id != null) {
                if (!all && !id.owner().equals(caller.mspId())) {
                    if (seriesId != null) {
                        throw LedgerException.of(
                                ErrorCode.FORBIDDEN,
                                "%s may not read the holdings of %s (owner, issuer, REGULATOR or AUDITOR only)",
                                caller.mspId(),
                                id);
                    }
                    continue;
                }
                out.add(book.holding(s, id));
                continue;
            }
            List<Ledger.Row<Holding>> rows = all
                    ? ledger.list(Holding.class, BondKeys.HOLDING, s.seriesId())
                    : ledger.list(Holding.class, BondKeys.HOLDING, s.seriesId(), caller.mspId());
            rows.forEach(r -> out.add(r.value()));
        }
        return out;
    }
}
