package io.bondbridge.chaincode.payment;

import io.bondbridge.chaincode.ledger.Amount;
import io.bondbridge.chaincode.ledger.Currencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The arithmetic of multilateral netting, pure so it is unit-tested without a ledger: from a cycle's queued
 * payments, each account's net position per currency and, per currency, gross (sum of the payments), net (sum of
 * the net debit positions: what actually has to move) and saved = gross - net.
 *
 * @param cycle the cycle
 * @param payments how many payments were netted
 * @param gross per currency, the sum of the queued payments
 * @param net per currency, the sum of net debit positions
 * @param saved per currency, gross - net: liquidity the cycle did not need
 * @param positions every account's net position per currency (negative: pays), in (account, currency) order
 */
public record NettingReport(
        String cycle,
        int payments,
        Map<String, Amount> gross,
        Map<String, Amount> net,
        Map<String, Amount> saved,
        List<Position> positions) {
    public NettingReport {
        Objects.requireNonNull(cycle, "cycle");
        gross = new TreeMap<>(gross);
        net = new TreeMap<>(net);
        saved = new TreeMap<>(saved);
        positions = List.copyOf(positions);
    }

    /**
     * One account's net position in one currency.
     *
     * @param account canonical account id
     * @param currency the currency
     * @param net received minus paid in the cycle: negative for a net debtor
     */
    public record Position(String account, String currency, Amount net) {}

    /** Nets {@code queue} (payments of any currencies; each currency nets on its own). */
    public static NettingReport of(String cycle, List<Queued> queue) {
        Map<String, Amount> gross = new TreeMap<>();
        Map<String, Position> positions = new TreeMap<>();
        for (Queued q : queue) {
            gross.merge(q.currency(), q.amount(), Amount::plus);
            add(positions, q.from(), q.currency(), q.amount().negate());
            add(positions, q.to(), q.currency(), q.amount());
        }
        Map<String, Amount> net = new TreeMap<>();
        Map<String, Amount> saved = new TreeMap<>();
        for (Map.Entry<String, Amount> g : gross.entrySet()) {
            Amount debits = Amount.zero(Currencies.scale(g.getKey()));
            for (Position p : positions.values()) {
                if (p.currency().equals(g.getKey()) && p.net().isNegative()) {
                    debits = debits.plus(p.net().negate());
                }
            }
            net.put(g.getKey(), debits);
            saved.put(g.getKey(), g.getValue().minus(debits));
        }
        return new NettingReport(cycle, queue.size(), gross, net, saved, new ArrayList<>(positions.values()));
    }

    private static void add(Map<String, Position> positions, String account, String currency, Amount delta) {
        positions.merge(
                account + '\u0000' + currency,
                new Position(account, currency, delta),
                (a, b) -> new Position(account, currency, a.net().plus(b.net())));
    }
}
