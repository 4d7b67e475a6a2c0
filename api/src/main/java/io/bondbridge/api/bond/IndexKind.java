package io.bondbridge.api.bond;

/**
 * What an INDEXED series' coupon follows. A series follows the trade balance unless it is linked to a sector index
 * ({@code bond link-index}).
 */
public enum IndexKind {
    /** The surplus band rule (export bonds) or the crossover signal (import bonds). */
    TRADE_BALANCE,
    /** A sector's overseas market share (percent): coupon = base - sensitivity x (share - share at link). */
    MARKET_SHARE,
    /** A region's new-energy import growth (percent): the same rule. */
    IMPORT_GROWTH
}
