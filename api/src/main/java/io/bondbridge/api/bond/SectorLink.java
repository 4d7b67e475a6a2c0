package io.bondbridge.api.bond;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An INDEXED series linked to a sector index, write-once under {@code bond.sectorlink (series)}: its coupon follows
 * base - sensitivity x (value - value at link), within its floor and cap, instead of the trade balance.
 *
 * @param series series id
 * @param kind MARKET_SHARE or IMPORT_GROWTH
 * @param sector the sector or region
 * @param baseRate the series' initial coupon (percent)
 * @param valueAtLink the sector's latest posted value when linked (percent)
 * @param linkMonth the month of that value
 * @param txId the linking transaction
 */
public record SectorLink(
        String series,
        IndexKind kind,
        String sector,
        BigDecimal baseRate,
        BigDecimal valueAtLink,
        String linkMonth,
        String txId) {
    public SectorLink {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sector, "sector");
    }
}
