package io.bondbridge.api.bond;

/** How a series pays interest. */
public enum CouponType {
    /** No coupons: issued at a discount, redeemed at face. */
    ZERO,
    /** The coupon rate of the terms, for the life of the series. */
    FIXED,
    /**
     * Starts at the rate of the terms and follows an index within a floor and a cap: export bonds step with the
     * trade-balance band (a governed step after a governed count of consecutive months outside it) and exit gradually
     * to the market rate; import bonds are set by the crossover signal, not the band; a series linked to a sector
     * index follows it (the rate index of the chaincode).
     */
    INDEXED
}
