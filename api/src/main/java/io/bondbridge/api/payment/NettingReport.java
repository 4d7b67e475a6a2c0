package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a netting cycle settled: from its queued payments, each account's net position per currency and, per
 * currency, gross (sum of the payments), net (sum of the net debit positions: what actually has to move) and saved
 * = gross - net. The chaincode's netting computes it.
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
}
