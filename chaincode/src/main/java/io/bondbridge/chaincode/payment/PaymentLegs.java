package io.bondbridge.chaincode.payment;

import static io.bondbridge.chaincode.payment.Fields.blank;
import static io.bondbridge.chaincode.payment.Fields.required;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.stable.BalanceShards;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a payment's value moves ({@link #of}): gross in one currency from the debtor's account to the creditor's; PvP
 * through an FX provider's quoted account, both currency legs in the one {@link Settlement} so they settle together
 * or not at all; or not yet, when queued in a netting cycle (a PvP payment always settles gross).
 *
 * @param rate FX rate, one unit of the instructed currency in the settle currency; null without FX
 * @param provider the FX provider's account; null without FX
 * @param settleAmount what the creditor receives: the amount, or amount x rate rounded HALF_EVEN to the settle
 *     currency's minor unit
 */
record PaymentLegs(BigDecimal rate, String provider, Amount settleAmount) {

    /** Checks the FX part of {@code o} and adds its legs to {@code settlement} (nothing for a queued payment). */
    static PaymentLegs of(SendOrder o, Registry registry, Ledger ledger, Compliance compliance, Settlement settlement) {
        Instruction i = o.instruction();
        AccountId from = o.from();
        AccountId to = o.to();
        if (o.pvp()) {
            if (o.queued()) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "payment %s is PvP (%s against %s): it settles gross and cannot be queued in cycle %s",
                        o.e2eId(),
                        o.currency(),
                        o.settleCurrency(),
                        o.cycleId());
            }
            BigDecimal rate = Parse.exchangeRate(i.rate(), FxQuote.RATE_SCALE, "rate");
            AccountId fx = registry.accountId(required(i.fxProvider(), "fx provider"));
            if (fx.equals(from) || fx.equals(to)) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT, "the FX provider account %s must be a third account", fx);
            }
            compliance.requireNotBlocked(fx.owner(), "FX provider");
            new FxQuotes(registry, ledger).requireConsent(fx, o.currency(), o.settleCurrency(), rate);
            // amount x rate, rounded to the settle currency's minor unit, half-even (banker's rounding).
            Amount settleAmount = Amount.of(
                    o.amount().toBigDecimal().multiply(rate),
                    Currencies.scale(o.settleCurrency()),
                    RoundingMode.HALF_EVEN);
            if (!settleAmount.isPositive()) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "%s %s at rate %s settles as zero %s",
                        o.amount(),
                        o.currency(),
                        rate.stripTrailingZeros().toPlainString(),
                        o.settleCurrency());
            }
            // Both legs in one Settlement: the debtor's currency to the provider, the provider's to the creditor. The
            // provider's two balances are hot (every payment through the desk moves them): served by one shard each,
            // the one the client named if it did.
            settlement
                    .move(from, fx, o.currency(), o.amount())
                    .move(fx, to, o.settleCurrency(), settleAmount)
                    .sharded(fx, o.currency())
                    .sharded(fx, o.settleCurrency());
            if (!blank(i.fxShard())) {
                settlement.onShard(Parse.shard(i.fxShard(), BalanceShards.COUNT, "fx shard"));
            }
            return new PaymentLegs(rate, fx.toString(), settleAmount);
        }
        if (!blank(i.rate()) || !blank(i.fxProvider()) || !blank(i.fxShard())) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a rate, an FX provider and its shard need a settle currency other than %s",
                    o.currency());
        }
        if (!o.queued()) {
            settlement.move(from, to, o.currency(), o.amount());
        }
        return new PaymentLegs(null, null, o.amount());
    }
}
