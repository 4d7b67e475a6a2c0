package io.bondbridge.api.audit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The shocks of a stress test, all optional (null or absent: none). Percentages are percent (-10 = down 10%).
 *
 * @param yieldShockBp parallel yield change in basis points (+100 = yields up 1 percentage point)
 * @param fxShocks currency -> percentage change of that currency's value against every other
 * @param metalShockPct percentage change of GOLD and METAL_CERTIFICATE prices
 * @param runPct redemption run: percentage of units outstanding redeemed, paid out of the reserve
 */
public record StressScenario(
        Integer yieldShockBp, Map<String, BigDecimal> fxShocks, BigDecimal metalShockPct, BigDecimal runPct) {}
