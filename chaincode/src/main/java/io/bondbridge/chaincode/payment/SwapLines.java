package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.SwapDrawing;
import io.bondbridge.api.payment.SwapLineView;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Funded swap lines between central banks. The lender (the central bank issuing the line's first currency) creates
 * the line with a limit, an exchange rate, an interest rate and the account it lends from. The other party, the
 * drawer, draws: in one {@link Settlement} the lender's units move to the drawer's account and the drawer's own
 * currency (amount x rate) leaves it into the drawing's escrow, so both legs happen or neither. A repayment of part
 * or all of a drawing pays the principal plus interest (ACT/360, for the days drawn) back to the lender's account
 * and releases the escrow in proportion. Drawn principal stays within 0..limit.
 *
 * <p>A draw never mints: it moves units the lender already holds, which it minted through the stable-unit mint and
 * its coverage check (so a swap line cannot put unbacked units into circulation); a lender short of units is
 * INSUFFICIENT_FUNDS.
 */
public final class SwapLines {
    /** A 360-day year, in percent: interest = principal x rate% x days / 36000. */
    private static final BigDecimal YEAR_PERCENT = BigDecimal.valueOf(36_000);

    private static final int MAX_DRAWINGS = 999_999;

    private final Registry registry;
    private final Ledger ledger;

    public SwapLines(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    /**
     * The lender creates a line: {@code limit} in the first currency (which the caller must issue), {@code rate}
     * units of the second (which the other party must issue) per unit drawn, {@code interestPercent} a year, lent
     * from {@code accountRef} (blank: the caller's main account).
     */
    public SwapLineView create(
            Caller caller,
            String id,
            String betweenCsv,
            String currenciesCsv,
            Amount limitGiven,
            String rateText,
            String interestPercent,
            String accountRef) {
        Ids.require(id, "swap line id");
        Participant me = registry.requireRole(caller, "create swap lines", Role.CENTRAL_BANK);
        List<String> parties = csv(betweenCsv, "--between").stream()
                .map(p -> registry.participant(p).mspId())
                .distinct()
                .sorted()
                .toList();
        if (parties.size() != 2 || !parties.contains(me.mspId())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a swap line is between two central banks, one of them the creator %s; got %s",
                    me.mspId(),
                    parties);
        }
        for (String p : parties) {
            if (!registry.participant(p).has(Role.CENTRAL_BANK)) {
                throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is not a central bank", p);
            }
        }
        List<String> currencies = csv(currenciesCsv, "--currencies").stream()
                .map(Currencies::require)
                .toList();
        if (currencies.size() != 2 || currencies.get(0).equals(currencies.get(1))) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "a swap line needs two currencies, got %s", currencies);
        }
        Participant drawer = registry.participant(parties.get(0).equals(me.mspId()) ? parties.get(1) : parties.get(0));
        // The lender lends its own currency and the drawer escrows its own: each side's units are ones it issues.
        if (!me.issues(currencies.get(0))) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the creator of a swap line lends the first currency, which it must issue: %s issues %s, not %s",
                    me.mspId(),
                    me.currencies(),
                    currencies.get(0));
        }
        if (!drawer.issues(currencies.get(1))) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the drawer escrows the second currency, which it must issue: %s issues %s, not %s",
                    drawer.mspId(),
                    drawer.currencies(),
                    currencies.get(1));
        }
        Amount limit = limitGiven.in(currencies.get(0), "limit");
        BigDecimal rate = Parse.exchangeRate(required(rateText, "rate"), FxQuote.RATE_SCALE, "rate");
        BigDecimal interest = Parse.percent(required(interestPercent, "interest rate"), "interest rate");
        AccountId account = ownAccount(caller, accountRef);
        if (ledger.exists(PaymentKeys.swapLine(id))) {
            throw LedgerException.of(ErrorCode.ALREADY_EXISTS, "swap line %s already exists", id);
        }
        SwapLine s = new SwapLine(
                id,
                parties,
                currencies,
                limit,
                Amount.zero(limit.scale()),
                me.mspId(),
                ledger.now(),
                "CREATE",
                me.mspId(),
                limit,
                ledger.now(),
                ledger.txId(),
                me.mspId(),
                account.toString(),
                drawer.mspId(),
                rate,
                interest,
                Amount.zero(Currencies.scale(currencies.get(1))),
                0);
        ledger.put(PaymentKeys.swapLine(id), s);
        ledger.emit("SwapLineCreated", s);
        return view(s, null, null, null, ledger.txId());
    }

    /**
     * The drawer draws {@code amountGiven} of the lent currency into {@code accountRef} (blank: its main account),
     * which pays amount x rate of its own currency (HALF_EVEN to its minor unit) into escrow. Beyond the undrawn
     * limit: LIMIT_EXCEEDED; lender or drawer short of units: INSUFFICIENT_FUNDS; either way nothing is written.
     */
    public SwapLineView draw(Caller caller, String id, Amount amountGiven, String accountRef) {
        SwapLine s = drawer(caller, id, "draw on");
        Amount amount = amountGiven.in(s.lent(), "amount");
        Amount after = s.drawn().plus(amount);
        if (after.compareTo(s.limit()) > 0) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "drawing %s %s on swap line %s would bring it to %s, above its limit %s (%s available)",
                    amount,
                    s.lent(),
                    id,
                    after,
                    s.limit(),
                    s.available());
        }
        if (s.drawings() >= MAX_DRAWINGS) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "swap line %s has had %d drawings, the most one line keeps",
                    id,
                    s.drawings());
        }
        AccountId to = ownAccount(caller, accountRef);
        Amount escrow = Amount.of(
                amount.toBigDecimal().multiply(s.rate()), Currencies.scale(s.escrowCurrency()), RoundingMode.HALF_EVEN);
        if (!escrow.isPositive()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s %s at rate %s escrows zero %s",
                    amount,
                    s.lent(),
                    s.rate().stripTrailingZeros().toPlainString(),
                    s.escrowCurrency());
        }
        // Both legs in one settlement: the lender's units to the drawer, the drawer's own currency out to escrow.
        new Settlement(registry, ledger)
                .move(AccountId.parse(s.lenderAccount(), "lender account"), to, s.lent(), amount)
                .debit(to, s.escrowCurrency(), escrow)
                .apply();
        int number = s.drawings() + 1;
        SwapDrawing d = new SwapDrawing(
                id,
                number,
                to.toString(),
                amount,
                amount,
                escrow,
                Amount.zero(amount.scale()),
                ledger.now(),
                ledger.txId(),
                null);
        SwapLine next = s.changed(
                "DRAW", caller.mspId(), amount, after, s.escrowed().plus(escrow), number, ledger.now(), ledger.txId());
        ledger.put(PaymentKeys.swapDrawing(id, number), d);
        ledger.put(PaymentKeys.swapLine(id), next);
        ledger.emit("SwapLineDrawn", d);
        return view(next, d, null, null, ledger.txId());
    }

    /**
     * The drawer repays {@code amountGiven} of drawing {@code requested}'s principal from the drawing's account, with
     * interest = amount x rate% x days / 360 (days between the UTC dates of the draw and this repayment, HALF_EVEN to
     * the minor unit), both to the lender's account; the escrow comes back in proportion (all of it with the last
     * part). {@code requested} 0: the oldest drawing with something outstanding. More than is outstanding:
     * INVALID_ARGUMENT.
     */
    public SwapLineView repay(Caller caller, String id, int requested, Amount amountGiven) {
        SwapLine s = drawer(caller, id, "repay on");
        Amount amount = amountGiven.in(s.lent(), "amount");
        SwapDrawing d = requested == 0
                ? oldestOpen(s)
                : ledger.get(
                        PaymentKeys.swapDrawing(id, requested),
                        SwapDrawing.class,
                        "drawing " + requested + " of swap line " + id);
        int number = d.number();
        if (amount.compareTo(d.outstanding()) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "repaying %s %s of drawing %d on swap line %s is more than the %s outstanding",
                    amount,
                    s.lent(),
                    number,
                    id,
                    d.outstanding());
        }
        Amount interest = interest(
                amount, s.interestRate(), d.drawnAt().atZone(ZoneOffset.UTC).toLocalDate());
        Amount rest = d.outstanding().minus(amount);
        // Pro rata, so the last part releases exactly what is left and rounding never strands escrow.
        Amount release = rest.isZero()
                ? d.escrowed()
                : Amount.of(
                        d.escrowed()
                                .toBigDecimal()
                                .multiply(amount.toBigDecimal())
                                .divide(
                                        d.outstanding().toBigDecimal(),
                                        d.escrowed().scale(),
                                        RoundingMode.HALF_EVEN),
                        d.escrowed().scale(),
                        RoundingMode.UNNECESSARY);
        AccountId account = AccountId.parse(d.account(), "drawing account");
        Settlement settlement = new Settlement(registry, ledger)
                .move(account, AccountId.parse(s.lenderAccount(), "lender account"), s.lent(), amount.plus(interest));
        if (release.isPositive()) {
            settlement.credit(account, s.escrowCurrency(), release);
        }
        settlement.apply();
        SwapDrawing repaid = new SwapDrawing(
                id,
                number,
                d.account(),
                d.principal(),
                rest,
                d.escrowed().minus(release),
                d.interestPaid().plus(interest),
                d.drawnAt(),
                d.drawTx(),
                ledger.now());
        SwapLine next = s.changed(
                "REPAY",
                caller.mspId(),
                amount,
                s.drawn().minus(amount),
                s.escrowed().minus(release),
                s.drawings(),
                ledger.now(),
                ledger.txId());
        ledger.put(PaymentKeys.swapDrawing(id, number), repaid);
        ledger.put(PaymentKeys.swapLine(id), next);
        ledger.emit("SwapLineRepaid", repaid);
        return view(next, repaid, interest, null, ledger.txId());
    }

    /** The line's oldest drawing with principal outstanding (one range read over the line's drawings). */
    private SwapDrawing oldestOpen(SwapLine s) {
        return ledger.list(SwapDrawing.class, PaymentKeys.SWAPDRAW, s.id()).stream()
                .map(Ledger.Row::value)
                .filter(d -> d.outstanding().isPositive())
                .findFirst()
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT, "nothing is drawn on swap line %s to repay", s.id()));
    }

    /** Interest on {@code principal} at {@code percent} a year, ACT/360, from {@code drawnOn} to today (UTC). */
    Amount interest(Amount principal, BigDecimal percent, LocalDate drawnOn) {
        // A client sets a transaction's timestamp: one dated before the drawing owes no (never negative) interest.
        long days = Math.max(
                0,
                ChronoUnit.DAYS.between(
                        drawnOn, ledger.now().atZone(ZoneOffset.UTC).toLocalDate()));
        return Amount.of(
                principal
                        .toBigDecimal()
                        .multiply(percent)
                        .multiply(BigDecimal.valueOf(days))
                        .divide(YEAR_PERCENT, principal.scale(), RoundingMode.HALF_EVEN),
                principal.scale(),
                RoundingMode.UNNECESSARY);
    }

    /** The line with every drawing, in number order. */
    public SwapLineView show(String id) {
        SwapLine s = get(id);
        List<SwapDrawing> drawings = ledger.list(SwapDrawing.class, PaymentKeys.SWAPDRAW, id).stream()
                .map(Ledger.Row::value)
                .toList();
        return view(s, null, null, drawings, null);
    }

    public SwapLine get(String id) {
        Ids.require(id, "swap line id");
        return ledger.get(PaymentKeys.swapLine(id), SwapLine.class, "swap line " + id);
    }

    /** The line, when the caller is its drawer (the lender and everyone else: FORBIDDEN). */
    private SwapLine drawer(Caller caller, String id, String action) {
        SwapLine s = get(id);
        registry.caller(caller);
        if (!s.parties().contains(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN, "%s is not a party to swap line %s (%s)", caller.mspId(), id, s.parties());
        }
        if (!s.funded()) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "swap line %s was recorded before draws moved money (it has no exchange rate): create a funded"
                            + " line to draw",
                    id);
        }
        if (!caller.mspId().equals(s.drawer())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s lends on swap line %s; only %s may %s it",
                    caller.mspId(),
                    id,
                    s.drawer(),
                    action);
        }
        return s;
    }

    /** The caller's own, existing account: {@code ref}, or its main account when blank. */
    private AccountId ownAccount(Caller caller, String ref) {
        AccountId id = ref == null || ref.isBlank()
                ? new AccountId(caller.mspId(), AccountId.MAIN)
                : registry.accountId(ref.strip());
        registry.requireOwner(caller, id);
        registry.account(id);
        return id;
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        return text.strip();
    }

    private static List<String> csv(String text, String what) {
        return Arrays.stream(required(text, what).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The swap line as its transactions answer: utilisation = drawn / limit, 4 places, HALF_EVEN. */
    private static SwapLineView view(
            SwapLine s, SwapDrawing drawing, Amount interest, List<SwapDrawing> drawings, String txId) {
        return new SwapLineView(
                s.id(),
                s.parties(),
                s.currencies(),
                s.limit(),
                s.drawn(),
                s.available(),
                s.drawn().toBigDecimal().divide(s.limit().toBigDecimal(), 4, RoundingMode.HALF_EVEN),
                s.lender(),
                s.lenderAccount(),
                s.drawer(),
                s.rate(),
                s.interestRate(),
                s.funded() ? SwapLineView.DAY_COUNT : null,
                s.escrowed(),
                drawing,
                interest,
                drawings,
                txId);
    }
}
