package io.bondbridge.chaincode.payment;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Standing FX quotes. Why a published quote: in a PvP payment the provider's account pays out one currency
 * against another, and an organization moves only its own accounts' value. The provider consents ahead of time,
 * for a pair, a rate and a validity; a payment must name exactly that rate, so a sender can neither pick a rate
 * nor use an expired one, and the provider need not sign each payment.
 */
public final class FxQuotes {
    private final Registry registry;
    private final Ledger ledger;

    public FxQuotes(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    /**
     * A bank or central bank quotes {@code base}/{@code quote} on one of its own accounts: 1 {@code base} =
     * {@code rate} {@code quote} (at {@link FxQuote#RATE_SCALE} places) until {@code validUntil}.
     */
    public FxQuote set(
            Caller caller, AccountId account, String base, String quote, BigDecimal rate, Instant validUntil) {
        registry.requireRole(caller, "quote FX", Role.BANK, Role.CENTRAL_BANK);
        AccountId id = registry.accountId(account);
        registry.requireOwner(caller, id);
        registry.account(id);
        if (base.equals(quote)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "a quote needs two currencies, got %s/%s", base, quote);
        }
        if (!validUntil.isAfter(ledger.now())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "valid-until %s is not after now (%s)", validUntil, ledger.now());
        }
        FxQuote q =
                new FxQuote(caller.mspId(), id.toString(), base, quote, rate, validUntil, ledger.now(), ledger.txId());
        ledger.put(PaymentKeys.quote(caller.mspId(), base, quote), q);
        // The quoted account becomes a liquidity provider: split its two balances now, so the first payments
        // through it do not all conflict on the split.
        new Settlement(registry, ledger).sharded(id, base).sharded(id, quote).apply();
        ledger.emit("FxQuoted", q);
        return q;
    }

    public List<FxQuote> all() {
        return ledger.list(FxQuote.class, PaymentKeys.QUOTE).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /**
     * The provider's consent to pay {@code quote} against {@code base} at {@code rate} through {@code provider}:
     * its current quote for the pair must name that account, exactly that rate, and still be valid.
     */
    FxQuote requireConsent(AccountId provider, String base, String quote, BigDecimal rate) {
        FxQuote q = ledger.find(PaymentKeys.quote(provider.owner(), base, quote), FxQuote.class)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.NOT_FOUND, "%s has no standing %s/%s quote", provider.owner(), base, quote));
        if (!q.account().equals(provider.toString())) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "%s quotes %s/%s on %s, not on %s",
                    provider.owner(),
                    base,
                    quote,
                    q.account(),
                    provider);
        }
        if (q.rate().compareTo(rate) != 0) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "rate %s is not %s's quoted %s/%s rate %s",
                    rate.stripTrailingZeros().toPlainString(),
                    provider.owner(),
                    base,
                    quote,
                    q.rate().stripTrailingZeros().toPlainString());
        }
        if (ledger.now().isAfter(q.validUntil())) {
            throw LedgerException.of(
                    ErrorCode.EXPIRED,
                    "%s's %s/%s quote expired at %s (now %s)",
                    provider.owner(),
                    base,
                    quote,
                    q.validUntil(),
                    ledger.now());
        }
        return q;
    }
}
