package io.bondbridge.chaincode.stable;

import java.math.BigDecimal;

/** USD value of one unit of a currency, as the valuation needs it (current, or as of a past time). */
@FunctionalInterface
public interface UsdRates {
    /**
     * @throws io.bondbridge.api.LedgerException NOT_FOUND when no rate is set for {@code currency}
     */
    BigDecimal usd(String currency);
}
