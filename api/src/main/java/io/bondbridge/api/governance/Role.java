package io.bondbridge.api.governance;

/**
 * What a participant may do. Roles live on the ledger, written at bootstrap and changed only by a central bank; a
 * caller's roles are always read from there, never taken from an argument.
 *
 * <ul>
 *   <li>{@link #TREASURY}: creates bond series and, as a series' issuer, issues it, opens its coupon periods and
 *       buys it back;
 *   <li>{@link #CENTRAL_BANK}: adds participants and changes roles, sets corridors, opens netting cycles, creates
 *       swap lines and quotes FX; with {@link #STABLE_ISSUER}, mints the stable currencies the participant lists
 *       and sets their reserve policy and USD reference rates;
 *   <li>{@link #CUSTODIAN}: records, updates and removes the reserve assets it holds;
 *   <li>{@link #BANK}: holds and transfers bonds and stable units, sends cross-border payments, quotes FX;
 *   <li>{@link #STATISTICS}: posts the monthly trade data (exports, imports, GDP);
 *   <li>{@link #REGULATOR}, {@link #AUDITOR}: read everyone's holdings, balances and payment alerts; the regulator
 *       also freezes accounts, keeps the block list, sets corridors, the alert threshold and reference rates.
 * </ul>
 */
public enum Role {
    TREASURY,
    CENTRAL_BANK,
    STABLE_ISSUER,
    CUSTODIAN,
    BANK,
    STATISTICS,
    REGULATOR,
    AUDITOR
}
