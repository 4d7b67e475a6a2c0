package io.bondbridge.api.stable;

/**
 * Classes of reserve assets. The order is the liquidity order a redemption run sells in.
 */
public enum AssetClass {
    /** Cash at the custodian or the central bank; on demand. */
    CASH,
    /** Deposits in another currency (valued through USD reference rates); on demand unless a maturity is given. */
    FX_DEPOSIT,
    /** Treasury bills; maturity required and at most the policy's maximum bill days. */
    TBILL,
    /**
     * Government bonds, maturity required. A bond series of this ledger will be a GOV_BOND valued from its own
     * terms once the bond feature exists; until then its price is the recorded unit price (see the chaincode's {@code
     * ReservePricing}).
     */
    GOV_BOND,
    /** Physical gold; price per unit (e.g. troy ounce) in the asset's currency. */
    GOLD,
    /** Certificates of strategic metals (silver, copper, rare earths, lithium). */
    METAL_CERTIFICATE;

    /** Bills and bonds must carry a maturity date. */
    public boolean requiresMaturity() {
        return this == TBILL || this == GOV_BOND;
    }

    /** Prices that move with yields (the yield shock of a stress test applies). */
    public boolean rateSensitive() {
        return this == TBILL || this == GOV_BOND;
    }

    /** Prices that move with metal prices (the metal shock applies). */
    public boolean metal() {
        return this == GOLD || this == METAL_CERTIFICATE;
    }

    /** Without a maturity date the asset is available on demand (bucket {@code <=7d}); else it never matures. */
    public boolean onDemand() {
        return this == CASH || this == FX_DEPOSIT;
    }
}
