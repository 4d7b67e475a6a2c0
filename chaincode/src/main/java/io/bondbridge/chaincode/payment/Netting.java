package io.bondbridge.chaincode.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Limits;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.Cycle;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentStatus;
import io.bondbridge.api.payment.Queued;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Multilateral netting cycles. A central bank opens a cycle; payments sent with it are queued (one row each, no
 * funds move); the operator closes it: every account's net position per currency is settled through ONE
 * {@link Settlement} (net debtors debited, net creditors credited), so if any net debtor is short or frozen the
 * whole cycle settles nothing and stays open.
 */
public final class Netting {
    private final Registry registry;
    private final Ledger ledger;

    public Netting(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    public Cycle open(Caller caller, String cycleId) {
        Ids.require(cycleId, "cycle id");
        registry.requireRole(caller, "open netting cycles", Role.CENTRAL_BANK);
        if (ledger.exists(PaymentKeys.cycle(cycleId))) {
            throw LedgerException.of(ErrorCode.ALREADY_EXISTS, "netting cycle %s already exists", cycleId);
        }
        Cycle c = new Cycle(cycleId, caller.mspId(), Cycle.Status.OPEN, ledger.now(), ledger.txId(), null, null, null);
        ledger.put(PaymentKeys.cycle(cycleId), c);
        ledger.emit("CycleOpened", c);
        return c;
    }

    public Cycle get(String cycleId) {
        Ids.require(cycleId, "cycle id");
        return ledger.get(PaymentKeys.cycle(cycleId), Cycle.class, "netting cycle " + cycleId);
    }

    Cycle requireOpen(String cycleId) {
        Cycle c = get(cycleId);
        if (c.status() != Cycle.Status.OPEN) {
            throw LedgerException.of(
                    ErrorCode.CONFLICT, "netting cycle %s is %s since %s", cycleId, c.status(), c.closedAt());
        }
        return c;
    }

    /** The payments waiting in a cycle, in end-to-end id order. */
    public List<Queued> queue(String cycleId) {
        return ledger.list(Queued.class, PaymentKeys.QUEUE, Ids.require(cycleId, "cycle id")).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /** The operator settles the cycle's net positions and marks its payments SETTLED, or nothing at all. */
    public CycleClosed close(Caller caller, String cycleId) {
        Cycle cycle = requireOpen(cycleId);
        registry.caller(caller);
        if (!cycle.operator().equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not close cycle %s: its operator is %s",
                    caller.mspId(),
                    cycleId,
                    cycle.operator());
        }
        List<Queued> queue = queue(cycleId);
        if (queue.size() > Limits.MAX_CYCLE_PAYMENTS) {
            throw LedgerException.of(
                    ErrorCode.LIMIT_EXCEEDED,
                    "netting cycle %s holds %d payments, more than the limit of %d a close settles; reject some first",
                    cycleId,
                    queue.size(),
                    Limits.MAX_CYCLE_PAYMENTS);
        }
        NettingReport report = report(cycleId, queue);
        Compliance compliance = new Compliance(registry, ledger);
        Settlement settlement = new Settlement(registry, ledger);
        TreeSet<String> owners = new TreeSet<>();
        for (NettingReport.Position p : report.positions()) {
            AccountId account = registry.accountId(p.account());
            if (p.net().isNegative()) {
                settlement.debit(account, p.currency(), p.net().negate());
            } else if (p.net().isPositive()) {
                settlement.credit(account, p.currency(), p.net());
            }
            owners.add(account.owner());
        }
        for (String owner : owners) {
            compliance.requireNotBlocked(owner, "party to cycle " + cycleId);
        }
        settlement.apply();
        for (Queued q : queue) {
            Payment p = ledger.get(PaymentKeys.payment(q.e2eId()), Payment.class, "payment " + q.e2eId());
            ledger.put(
                    PaymentKeys.payment(q.e2eId()),
                    p.withStatus(PaymentStatus.SETTLED, ledger.now(), ledger.txId(), null));
        }
        Cycle closed = new Cycle(
                cycleId,
                cycle.operator(),
                Cycle.Status.CLOSED,
                cycle.openedAt(),
                cycle.openedTx(),
                ledger.now(),
                ledger.txId(),
                report);
        ledger.put(PaymentKeys.cycle(cycleId), closed);
        ledger.emit("CycleClosed", report);
        return new CycleClosed(
                ledger.txId(),
                cycleId,
                report.payments(),
                report.gross(),
                report.net(),
                report.saved(),
                report.positions());
    }

    /**
     * The arithmetic of multilateral netting, pure so it is unit-tested without a ledger: nets {@code queue}
     * (payments of any currencies; each currency nets on its own) into every account's net position and, per
     * currency, gross, net and saved.
     */
    public static NettingReport report(String cycle, List<Queued> queue) {
        Map<String, Amount> gross = new TreeMap<>();
        Map<String, NettingReport.Position> positions = new TreeMap<>();
        for (Queued q : queue) {
            gross.merge(q.currency(), q.amount(), Amount::plus);
            add(positions, q.from(), q.currency(), q.amount().negate());
            add(positions, q.to(), q.currency(), q.amount());
        }
        Map<String, Amount> net = new TreeMap<>();
        Map<String, Amount> saved = new TreeMap<>();
        for (Map.Entry<String, Amount> g : gross.entrySet()) {
            Amount debits = Amount.zero(Currencies.scale(g.getKey()));
            for (NettingReport.Position p : positions.values()) {
                if (p.currency().equals(g.getKey()) && p.net().isNegative()) {
                    debits = debits.plus(p.net().negate());
                }
            }
            net.put(g.getKey(), debits);
            saved.put(g.getKey(), g.getValue().minus(debits));
        }
        return new NettingReport(cycle, queue.size(), gross, net, saved, new ArrayList<>(positions.values()));
    }

    private static void add(
            Map<String, NettingReport.Position> positions, String account, String currency, Amount delta) {
        positions.merge(
                account + '\u0000' + currency,
                new NettingReport.Position(account, currency, delta),
                (a, b) -> new NettingReport.Position(account, currency, a.net().plus(b.net())));
    }
}
