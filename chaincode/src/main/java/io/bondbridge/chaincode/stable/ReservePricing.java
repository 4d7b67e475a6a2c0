package io.bondbridge.chaincode.stable;

import io.bondbridge.api.stable.ReserveAsset;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where the unit price of a reserve asset comes from. Every asset is valued at the unit price its custodian
 * recorded ({@link #RECORDED}), including a GOV_BOND that is one of this ledger's bond series: the ledger checks
 * that asset's terms and holding (see {@link BondSeries}), but its market price needs a yield the ledger does not
 * have. {@link Valuation} takes the pricing as a parameter, so a pricing from a posted curve can be added here.
 */
@FunctionalInterface
public interface ReservePricing {
    /** Price of one unit of {@code asset} in the asset's currency on {@code date}. */
    BigDecimal unitPrice(ReserveAsset asset, LocalDate date);

    ReservePricing RECORDED = (asset, date) -> asset.unitPrice();
}
