package io.bondbridge.chaincode.stable;

import java.math.BigDecimal;

/**
 * A reserve policy limit that does not hold.
 *
 * @param limit the limit's name: {@code minCoverage}, {@code minShortShare}, {@code maxClassWeight:CLASS}, {@code
 *     maxCustodianWeight:CUSTODIAN}, {@code maxIssuerWeight:ISSUER} or {@code maxBillDays:ASSET}
 * @param message what breaks, with the actual value and the limit
 * @param actual the measured value (a ratio at 12 places, or days)
 * @param limitValue the limit
 * @param maximum true when the limit is an upper bound
 */
public record Breach(String limit, String message, BigDecimal actual, BigDecimal limitValue, boolean maximum) {

    /** True when this breach of a limit is further from the limit than {@code before} was. */
    public boolean worseThan(Breach before) {
        int c = actual.compareTo(before.actual);
        return maximum ? c > 0 : c < 0;
    }
}
