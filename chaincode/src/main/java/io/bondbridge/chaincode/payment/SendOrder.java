package io.bondbridge.chaincode.payment;

import static io.bondbridge.chaincode.payment.Fields.blank;
import static io.bondbridge.chaincode.payment.Fields.required;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.PaymentDetails;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.util.List;

/**
 * A payment instruction checked against the ledger, before any value moves ({@link #check}): a BANK sends, the end
 * to end id is new, the caller owns the debtor account, the corridor links the two agents' jurisdictions and carries
 * both currencies, neither agent is blocked, and both accounts are active.
 *
 * @param e2eId end-to-end id, unused so far
 * @param cycleId the netting cycle it is queued in, or null for gross settlement
 * @param instruction the instruction as sent (its remaining text fields are parsed into the details)
 * @param from the debtor agent's account
 * @param to the creditor agent's account
 * @param collection the private data collection of the two agents and the regulator
 * @param corridor the corridor it travels
 * @param currency instructed currency
 * @param amount instructed amount, more than zero, at the currency's scale
 * @param settleCurrency settlement currency: {@code currency}, or the other currency of a PvP payment
 */
record SendOrder(
        String e2eId,
        String cycleId,
        Instruction instruction,
        AccountId from,
        AccountId to,
        String collection,
        Corridor corridor,
        String currency,
        Amount amount,
        String settleCurrency) {

    boolean queued() {
        return cycleId != null;
    }

    /** Whether two currencies change hands through an FX provider (payment versus payment). */
    boolean pvp() {
        return !settleCurrency.equals(currency);
    }

    static SendOrder check(
            Registry registry,
            Ledger ledger,
            Compliance compliance,
            Caller caller,
            String e2eId,
            String corridorId,
            String cycleId,
            Instruction i) {
        Ids.require(e2eId, "end-to-end id");
        registry.requireRole(caller, "send payments", Role.BANK);
        if (ledger.exists(PaymentKeys.payment(e2eId))) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS, "payment %s already exists: an end-to-end id is used once", e2eId);
        }
        if (i == null) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "payment %s has no instruction: send it as transient data '%s'",
                    e2eId,
                    Instruction.TRANSIENT_KEY);
        }
        AccountId from = registry.accountId(required(i.from(), "from"));
        registry.requireOwner(caller, from);
        AccountId to = registry.accountId(required(i.to(), "to"));
        String collection = Privacy.collection(from.owner(), to.owner());
        Participant debtorAgent = registry.participant(from.owner());
        Participant creditorAgent = registry.participant(to.owner());
        Corridor corridor = new Corridors(registry, ledger).get(corridorId);
        if (!corridor.links(debtorAgent.jurisdiction(), creditorAgent.jurisdiction())) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "corridor %s links %s; %s (%s) to %s (%s) is not in it",
                    corridor.id(),
                    corridor.jurisdictions(),
                    debtorAgent.mspId(),
                    debtorAgent.jurisdiction(),
                    creditorAgent.mspId(),
                    creditorAgent.jurisdiction());
        }
        String currency = Currencies.require(required(i.currency(), "currency"));
        Amount amount = Amount.positive(i.amount(), currency, "amount");
        String settleCurrency = blank(i.settleCurrency())
                ? currency
                : Currencies.require(i.settleCurrency().strip());
        for (String c : List.of(currency, settleCurrency)) {
            if (!corridor.carries(c)) {
                throw LedgerException.of(
                        ErrorCode.POLICY_VIOLATION,
                        "corridor %s carries %s, not %s",
                        corridor.id(),
                        corridor.currencies(),
                        c);
            }
        }
        compliance.requireNotBlocked(from.owner(), "debtor agent");
        compliance.requireNotBlocked(to.owner(), "creditor agent");
        Settlement settlement = new Settlement(registry, ledger);
        settlement.requireActive(from, currency, "send");
        settlement.requireActive(to, settleCurrency, "receive");
        return new SendOrder(e2eId, cycleId, i, from, to, collection, corridor, currency, amount, settleCurrency);
    }

    /** The private details of the payment, its free-text fields parsed, with how it settles. */
    PaymentDetails details(PaymentLegs legs) {
        Instruction i = instruction;
        return new PaymentDetails(
                e2eId,
                corridor.id(),
                Fields.text(i.debtor(), from.toString(), "debtor"),
                from.toString(),
                from.owner(),
                Fields.text(i.creditor(), to.toString(), "creditor"),
                to.toString(),
                to.owner(),
                amount,
                currency,
                legs.rate(),
                legs.provider(),
                legs.settleAmount(),
                settleCurrency,
                Fields.chargeBearer(i.chargeBearer()),
                blank(i.purpose()) ? null : Ids.require(i.purpose().strip(), "purpose code"),
                blank(i.info()) ? null : Fields.text(i.info(), null, "remittance information"),
                cycleId);
    }
}
