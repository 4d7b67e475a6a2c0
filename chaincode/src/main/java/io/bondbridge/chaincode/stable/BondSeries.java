package io.bondbridge.chaincode.stable;

import io.bondbridge.api.Amount;
import java.time.LocalDate;

/**
 * What the reserve needs to know of a bond series of this ledger, so that a GOV_BOND reserve asset can be one of
 * the ledger's own bond tokens. The bond feature supplies it; stable units do not depend on bonds.
 *
 * <p>A linked asset takes its currency, maturity and issuer from the series, and its quantity (in units) must not
 * exceed what the custodian holds of the series across its accounts. The custodian's holding of the series is then
 * <em>pledged</em>: a {@link BondPledge} row, which the bond rules read before units leave the custodian, so the
 * reserve never counts units the custodian no longer has.
 */
@FunctionalInterface
public interface BondSeries {
    /**
     * @param seriesId the series
     * @param currency its currency
     * @param maturity its maturity date
     * @param issuer MSP ID of its issuer
     * @param held units the asked-about participant holds free (not locked in offers) across its accounts
     */
    record Facts(String seriesId, String currency, LocalDate maturity, String issuer, Amount held) {}

    /** The series' facts, with {@code holderMspId}'s holding; NOT_FOUND when there is no such series. */
    Facts facts(String seriesId, String holderMspId);
}
