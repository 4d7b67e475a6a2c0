package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One month of a sector index posted by STATISTICS, write-once under {@code bond.sector (kind, sector, month)}.
 *
 * @param kind MARKET_SHARE or IMPORT_GROWTH
 * @param sector the sector or region ({@code EV}, {@code GUANGDONG}), capital letters, digits, '-' or '_'
 * @param month {@code YYYY-MM}
 * @param value percent (share of the overseas market, or import growth year on year; growth may be negative)
 * @param postedBy MSP ID of the STATISTICS participant
 * @param txId the posting transaction
 * @param at its timestamp
 */
public record SectorFigure(
        IndexKind kind, String sector, String month, BigDecimal value, String postedBy, String txId, Instant at) {
    public SectorFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(value, "value");
    }
}
