/**
 * Bond tokens: series with their terms ({@link io.bondbridge.chaincode.bond.Bonds}), primary
 * issue and buyback by delivery versus payment against the counterparty's standing consent
 * ({@link io.bondbridge.api.bond.Subscription}, {@link io.bondbridge.api.bond.Tender}), transfers,
 * secondary DvP offers ({@link io.bondbridge.chaincode.bond.Offers}), coupons by effect and claim
 * ({@link io.bondbridge.chaincode.bond.Coupons}), redemption at maturity, and the trade-balance indexed coupon
 * ({@link io.bondbridge.chaincode.bond.TradeIndex}, {@link io.bondbridge.chaincode.bond.RateIndex}).
 *
 * <h2>Units and money</h2>
 *
 * Bond units are {@link io.bondbridge.api.Amount}s at scale 2 (0.01 of a unit is the smallest
 * holding). Prices and face values are in the series currency at its scale; cash for units is units x price,
 * rounded HALF_EVEN to the minor unit. Rates are percentages ({@code 2.19}). Stable units move only through
 * {@link io.bondbridge.chaincode.stable.Settlement}, so each DvP is both legs or neither.
 *
 * <h2>State and what serializes</h2>
 *
 * See {@link io.bondbridge.chaincode.bond.BondKeys}. The series row is written once at creation; outstanding and
 * proceeds are running totals per series ({@link io.bondbridge.chaincode.bond.SeriesTotals}), written only by
 * issue, redeem, buyback and disburse beside their append-only supply or disbursement row, never by transfers.
 * Conservation (fixed): for each series, the sum of holdings' {@code units + locked} equals outstanding. Transfers
 * and offers touch only their accounts' holding rows; a coupon claim touches its holder's rows plus the issuer's
 * paying balance row, so the claims of one issuer serialize on that one row (no other row is shared).
 */
package io.bondbridge.chaincode.bond;
