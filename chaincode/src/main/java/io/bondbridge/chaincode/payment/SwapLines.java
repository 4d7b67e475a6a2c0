package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.SwapLineView;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Swap lines between central banks: one of the two creates it with a limit; either draws and repays; a draw
 * beyond the limit is LIMIT_EXCEEDED, a repayment beyond what is drawn INVALID_ARGUMENT, so drawn stays within
 * 0..limit.
 */
public final class SwapLines {
    private final Registry registry;
    private final Ledger ledger;

    public SwapLines(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    /** {@code limit} is in the first of the two currencies, with at most its places. */
    public SwapLineView create(Caller caller, String id, String betweenCsv, String currenciesCsv, Amount limitGiven) {
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
        Amount limit = limitGiven.in(currencies.get(0), "limit");
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
                ledger.txId());
        ledger.put(PaymentKeys.swapLine(id), s);
        ledger.emit("SwapLineCreated", s);
        return view(s, ledger.txId());
    }

    /** {@code amountGiven} (more than zero) is in the line's first currency, with at most its places. */
    public SwapLineView draw(Caller caller, String id, Amount amountGiven) {
        SwapLine s = party(caller, id);
        Amount amount = amountGiven.in(s.currencies().get(0), "amount");
        Amount after = s.drawn().plus(amount);
        if (after.compareTo(s.limit()) > 0) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "drawing %s %s on swap line %s would bring it to %s, above its limit %s (%s available)",
                    amount,
                    s.currencies().get(0),
                    id,
                    after,
                    s.limit(),
                    s.available());
        }
        return change(caller, s, after, "DRAW", amount);
    }

    public SwapLineView repay(Caller caller, String id, Amount amountGiven) {
        SwapLine s = party(caller, id);
        Amount amount = amountGiven.in(s.currencies().get(0), "amount");
        if (amount.compareTo(s.drawn()) > 0) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "repaying %s %s on swap line %s is more than the %s drawn",
                    amount,
                    s.currencies().get(0),
                    id,
                    s.drawn());
        }
        return change(caller, s, s.drawn().minus(amount), "REPAY", amount);
    }

    public SwapLineView show(String id) {
        return view(get(id), null);
    }

    public SwapLine get(String id) {
        Ids.require(id, "swap line id");
        return ledger.get(PaymentKeys.swapLine(id), SwapLine.class, "swap line " + id);
    }

    private SwapLineView change(Caller caller, SwapLine s, Amount drawn, String what, Amount amount) {
        SwapLine next = new SwapLine(
                s.id(),
                s.parties(),
                s.currencies(),
                s.limit(),
                drawn,
                s.createdBy(),
                s.createdAt(),
                what,
                caller.mspId(),
                amount,
                ledger.now(),
                ledger.txId());
        ledger.put(PaymentKeys.swapLine(s.id()), next);
        ledger.emit(what.equals("DRAW") ? "SwapLineDrawn" : "SwapLineRepaid", next);
        return view(next, ledger.txId());
    }

    private SwapLine party(Caller caller, String id) {
        SwapLine s = get(id);
        registry.caller(caller);
        if (!s.parties().contains(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN, "%s is not a party to swap line %s (%s)", caller.mspId(), id, s.parties());
        }
        return s;
    }

    private static List<String> csv(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The swap line as its transactions answer: utilisation = drawn / limit, 4 places, HALF_EVEN. */
    private static SwapLineView view(SwapLine s, String txId) {
        return new SwapLineView(
                s.id(),
                s.parties(),
                s.currencies(),
                s.limit(),
                s.drawn(),
                s.available(),
                s.drawn().toBigDecimal().divide(s.limit().toBigDecimal(), 4, RoundingMode.HALF_EVEN),
                txId);
    }
}
