package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.util.List;

/**
 * A swap line as its transactions answer: limit, drawn, available and utilisation.
 *
 * @param id the swap line id
 * @param parties the two central banks' MSP IDs, sorted
 * @param currencies the two currencies; the first is the one the limit and drawings are in
 * @param limit the limit
 * @param drawn outstanding drawings
 * @param available limit - drawn
 * @param utilisation drawn / limit, 4 places, HALF_EVEN
 * @param txId the transaction that made the change (null for a read)
 */
public record SwapLineView(
        String id,
        List<String> parties,
        List<String> currencies,
        Amount limit,
        Amount drawn,
        Amount available,
        BigDecimal utilisation,
        String txId) {}
