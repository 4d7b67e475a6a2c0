package io.bondbridge.chaincode.governance;

/** What a participant may do (DOMAIN.md section 1). */
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
