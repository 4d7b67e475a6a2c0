package io.bondbridge.chaincode.bond;

/** How a series pays interest (DOMAIN.md 2). */
public enum CouponType {
    /** No coupons: issued at a discount, redeemed at face. */
    ZERO,
    /** The coupon rate of the terms, for the life of the series. */
    FIXED,
    /** Starts at the rate of the terms; resets with the trade-balance index (DOMAIN.md 2.1, {@link RateIndex}). */
    INDEXED
}
