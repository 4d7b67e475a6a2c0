package io.bondbridge.chaincode.stable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Units of a bond series that a custodian has recorded in a reserve, stored under {@code stable.pledge (series,
 * custodian)} while the asset exists: one linked asset per series and custodian, so a holding is never counted
 * twice. The bond rules read it before units leave the custodian.
 *
 * @param series the bond series
 * @param custodian MSP ID of the custodian (the participant that recorded the asset)
 * @param assetId the reserve asset
 * @param reserve the stable currency the asset backs
 * @param units the asset's quantity, in units of the series
 */
public record BondPledge(String series, String custodian, String assetId, String reserve, BigDecimal units) {
    public BondPledge {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(reserve, "reserve");
        Objects.requireNonNull(units, "units");
    }
}
