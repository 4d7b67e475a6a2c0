package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.util.List;
import java.util.Map;

/** What closing a netting cycle settled: its report (see {@link NettingReport}) and the transaction. */
public record CycleClosed(
        String txId,
        String cycle,
        int payments,
        Map<String, Amount> gross,
        Map<String, Amount> net,
        Map<String, Amount> saved,
        List<NettingReport.Position> positions) {}
