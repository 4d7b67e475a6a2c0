package io.bondbridge.chaincode.payment;

import static io.bondbridge.chaincode.payment.Fields.blank;

import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.StableKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a payment reads, asked for ahead in two requests ({@link Ledger#prefetch}) instead of one by one: a PvP
 * payment reads 18 rows, and each read is a round trip between chaincode and peer. After the caller's participant
 * (read before any function runs), first what the arguments name (the end-to-end id, the corridor, the alert
 * threshold, the reference rate); then, once the account
 * references are resolved (an alias row, when not the caller's own), what the accounts' owners name (participants,
 * block rows, balance heads, the FX quote). Only rows {@link Payments#send} reads on its way to success, so the read
 * set stays as it was; the checks then run in their own order on the fetched rows, and an instruction this plan
 * cannot follow (an unknown account, say) leaves the rest to them, and their errors.
 */
final class PaymentReads {
    private PaymentReads() {}

    static void prefetch(Registry registry, Ledger ledger, String e2eId, String corridorId, Instruction i) {
        if (i == null || e2eId == null || corridorId == null || i.currency() == null) {
            return;
        }
        String currency = i.currency();
        List<Key> first = new ArrayList<>(List.of(
                PaymentKeys.payment(e2eId),
                PaymentKeys.corridor(corridorId),
                Parameters.key(Param.ALERT_THRESHOLD_USD)));
        if (!ReferenceRate.USD.equals(currency)) {
            first.add(ReferenceRates.key(currency));
        }
        ledger.prefetch(first);
        try {
            ledger.prefetch(accountsRows(registry, ledger, i, currency));
        } catch (LedgerException e) {
            // an account reference that does not resolve: the checks report it, in their order
        }
    }

    private static List<Key> accountsRows(Registry registry, Ledger ledger, Instruction i, String currency) {
        AccountId from = registry.accountId(i.from());
        AccountId to = registry.accountId(i.to());
        boolean pvp = !blank(i.settleCurrency()) && !i.settleCurrency().strip().equals(currency);
        String settle = pvp ? i.settleCurrency().strip() : currency;
        List<Key> rows = new ArrayList<>(List.of(
                Registry.participantKey(from.owner()),
                Registry.participantKey(to.owner()),
                PaymentKeys.block(from.owner()),
                PaymentKeys.block(to.owner()),
                StableKeys.balance(from, currency),
                StableKeys.balance(to, settle)));
        rows.addAll(Compliance.thresholdRows(ledger));
        if (pvp && !blank(i.fxProvider())) {
            AccountId fx = registry.accountId(i.fxProvider());
            rows.add(PaymentKeys.block(fx.owner()));
            rows.add(PaymentKeys.quote(fx.owner(), currency, settle));
            rows.add(StableKeys.balance(fx, currency));
            rows.add(StableKeys.balance(fx, settle));
        }
        return rows;
    }
}
