package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stable-unit legs of one transaction, collected and then applied together: the settlement other features
 * (bond DvP, coupons, redemption, payments, PvP, netting) use to move units.
 *
 * <p>Why collect: a transaction reads committed state only, never its own writes, so two legs that touch the same
 * balance row (an FX provider paid in one currency and paying in another is fine; an account paid twice in one
 * currency is not) must be summed before the row is written once. {@link #apply()} checks every account that
 * sends is active and funded for its net outflow and every account that receives is active, then writes each
 * touched balance row exactly once. Any failure throws, so the transaction writes nothing: both legs or neither.
 *
 * <p>The calling rule authorizes the movement (who may debit which account); this class only checks that value
 * may move.
 */
public final class Settlement {
    private final Registry registry;
    private final Ledger ledger;
    /** Net change per (account, currency), in a fixed order so every endorser writes the same rows. */
    private final Map<String, Leg> legs = new TreeMap<>();

    public Settlement(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    private static final class Leg {
        final AccountId account;
        final String currency;
        Amount net;
        boolean sends;
        boolean receives;

        Leg(AccountId account, String currency) {
            this.account = account;
            this.currency = currency;
            this.net = Amount.zero(Currencies.scale(currency));
        }
    }

    /** Moves {@code amount} of {@code currency} from one account to another. */
    public Settlement move(AccountId from, AccountId to, String currency, Amount amount) {
        if (from.equals(to)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "cannot move %s %s from %s to itself", amount, currency, from);
        }
        debit(from, currency, amount);
        return credit(to, currency, amount);
    }

    public Settlement debit(AccountId account, String currency, Amount amount) {
        Leg leg = leg(account, currency, amount);
        leg.net = leg.net.minus(amount);
        leg.sends = true;
        return this;
    }

    public Settlement credit(AccountId account, String currency, Amount amount) {
        Leg leg = leg(account, currency, amount);
        leg.net = leg.net.plus(amount);
        leg.receives = true;
        return this;
    }

    /** A balance row after {@link #apply()}. */
    public record Posting(AccountId account, String currency, Amount net, Amount balance) {}

    /**
     * Checks and writes every leg; returns the new balances in (account, currency) order. Rejections: FROZEN for a
     * frozen account on either side, NOT_FOUND for an account never opened, INSUFFICIENT_FUNDS for a net outflow
     * above the balance.
     */
    public List<Posting> apply() {
        List<Posting> postings = new ArrayList<>();
        for (Leg leg : legs.values()) {
            if (leg.sends) {
                registry.requireActive(leg.account, "send");
            }
            if (leg.receives) {
                registry.requireActive(leg.account, "receive");
            }
            Amount held = held(leg.account, leg.currency);
            Amount after = held.plus(leg.net);
            if (after.isNegative()) {
                throw LedgerException.of(
                        ErrorCode.INSUFFICIENT_FUNDS,
                        "account %s holds %s %s and cannot pay %s",
                        leg.account,
                        held,
                        leg.currency,
                        leg.net.negate());
            }
            postings.add(new Posting(leg.account, leg.currency, leg.net, after));
        }
        // Written only once every leg has passed, so a rejection leaves no row behind even for a caller that catches.
        for (Posting p : postings) {
            ledger.put(
                    StableKeys.balance(p.account(), p.currency()),
                    new Balance(p.account().toString(), p.currency(), p.balance()));
        }
        return postings;
    }

    /** What an account holds of a currency now (committed state; zero when it never held any). */
    public Amount held(AccountId account, String currency) {
        return ledger.find(StableKeys.balance(account, currency), Balance.class)
                .map(Balance::balance)
                .orElseGet(() -> Amount.zero(Currencies.scale(currency)));
    }

    private Leg leg(AccountId account, String currency, Amount amount) {
        amount.requirePositive(currency, "amount");
        return legs.computeIfAbsent(
                account.owner() + '\u0000' + account.name() + '\u0000' + currency, k -> new Leg(account, currency));
    }
}
