package io.bondbridge.api.bond;

/** What {@code bond coupon} answers: the coupon period opened, by its id (the coupon date). */
public record CouponOpenResult(String txId, String period, CouponPeriod coupon) {}
