package io.bondbridge.api.bond;

/** How a series pays interest. */
public enum CouponType {
    /** No coupons: issued at a discount, redeemed at face. */
    ZERO,
    /** The coupon rate of the terms, for the life of the series. */
    FIXED,
    /**
     * Starts at the rate of the terms; resets with the trade-balance index: 25 bp a step after two consecutive months
     * of the surplus outside its band, within a floor and a cap (the trade-balance index of the chaincode).
     */
    INDEXED
}
