/**
 * The records of bond tokens: the terms of a series as requested ({@link io.bondbridge.api.bond.SeriesTerms}) and
 * as stored ({@link io.bondbridge.api.bond.Series}) with the value types they validate (units, day counts, programs,
 * coupon types), holdings, offers, standing consents, coupon periods and claims, posted trade months and rate
 * resets, and the result of each bond transaction.
 */
package io.bondbridge.api.bond;
