package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One month of trade data posted by STATISTICS; stored once under {@code bond.trade (month)}. A posted month is
 * never changed (a correction would be a new, separately audited kind of row; not built).
 *
 * @param month {@code YYYY-MM}
 * <p>The figures are stored as posted, with at most {@link #FIGURE_SCALE} decimal places.
 *
 * @param exports goods exports (USD, any consistent unit)
 * @param imports goods imports (same unit)
 * @param gdp GDP for the month (same unit), positive
 * @param hightechShare high-tech share of exports in percent, or null when not reported
 * @param surplusRatio (exports - imports) / gdp, 8 places, HALF_EVEN
 * @param postedBy MSP ID of the STATISTICS participant
 * @param txId the posting transaction
 * @param at its timestamp
 */
public record TradeMonth(
        String month,
        BigDecimal exports,
        BigDecimal imports,
        BigDecimal gdp,
        BigDecimal hightechShare,
        BigDecimal surplusRatio,
        String postedBy,
        String txId,
        Instant at) {
    /** Most decimal places of a posted figure (exports, imports, gdp, high-tech share). */
    public static final int FIGURE_SCALE = 8;

    public TradeMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(surplusRatio, "surplusRatio");
    }
}
