package io.bondbridge.chaincode.stable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where the unit price of a reserve asset comes from. Today every asset is valued at the unit price its custodian
 * recorded ({@link #RECORDED}).
 *
 * <p>Seam for the bond feature (not built yet): a GOV_BOND that is a bond series of this ledger is to be "valued
 * from its own terms" (face, coupon, maturity, day count). That feature will supply a pricing that recognizes such
 * an asset (e.g. by a series id on the asset) and prices it from the series record as of {@code date}; {@link
 * Valuation} takes the pricing as a parameter, so nothing else changes.
 */
@FunctionalInterface
public interface ReservePricing {
    /** Price of one unit of {@code asset} in the asset's currency on {@code date}. */
    BigDecimal unitPrice(ReserveAsset asset, LocalDate date);

    ReservePricing RECORDED = (asset, date) -> asset.unitPrice();
}
