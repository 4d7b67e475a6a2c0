package io.bondbridge.api.audit;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * What {@code audit stress CURRENCY} answers. Nothing is written.
 *
 * @param currency the stable currency
 * @param asOf the state stressed (now)
 * @param scenario the shocks applied
 * @param coverageBefore coverage now (4 places, DOWN; absent with no units outstanding)
 * @param coverageAfter coverage after the shocks and the run (absent when no units would remain)
 * @param breaches names of the policy limits that would not hold after the shocks
 * @param breachMessages what would break
 * @param breachesBefore names of the limits that do not hold now
 * @param unitsOutstandingBefore units outstanding now
 * @param unitsOutstandingAfter after the run
 * @param reserveValueBefore market value now
 * @param reserveValueAfter market value after shocks and payouts
 * @param reserveValueAfterHaircutsBefore value after haircuts now
 * @param reserveValueAfterHaircutsAfter value after haircuts after shocks and payouts
 * @param valueChangeByClass market value change per class caused by the price shocks (before the run)
 * @param runPaid units paid out of the reserve by the run
 */
public record StressResult(
        String currency,
        Instant asOf,
        StressScenario scenario,
        BigDecimal coverageBefore,
        BigDecimal coverageAfter,
        List<String> breaches,
        List<String> breachMessages,
        List<String> breachesBefore,
        Amount unitsOutstandingBefore,
        Amount unitsOutstandingAfter,
        Amount reserveValueBefore,
        Amount reserveValueAfter,
        Amount reserveValueAfterHaircutsBefore,
        Amount reserveValueAfterHaircutsAfter,
        SortedMap<String, Amount> valueChangeByClass,
        Amount runPaid) {}
