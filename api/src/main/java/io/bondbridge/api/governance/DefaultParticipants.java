package io.bondbridge.api.governance;

import java.util.List;

/**
 * The five organizations every embedded ledger and the local network start with, by alias and MSP ID; the command
 * line accepts either to name one. The network definition under {@code network/} uses the same MSP IDs.
 */
public final class DefaultParticipants {
    public static final String CENTRAL_BANK = "CentralBankMSP";
    public static final String HK_CENTRAL_BANK = "HKCentralBankMSP";
    public static final String BANK_A = "BankAMSP";
    public static final String BANK_B = "BankBMSP";
    public static final String REGULATOR = "RegulatorMSP";

    public static final List<Participant> ALL = List.of(
            new Participant(
                    CENTRAL_BANK,
                    "centralbank",
                    "CN",
                    List.of("CNY"),
                    List.of(Role.TREASURY, Role.CENTRAL_BANK, Role.CUSTODIAN)),
            new Participant(
                    HK_CENTRAL_BANK, "hkcentralbank", "HK", List.of("HKD"), List.of(Role.CENTRAL_BANK, Role.CUSTODIAN)),
            new Participant(BANK_A, "banka", "CN", List.of(), List.of(Role.BANK)),
            new Participant(BANK_B, "bankb", "HK", List.of(), List.of(Role.BANK)),
            new Participant(
                    REGULATOR, "regulator", "CN", List.of(), List.of(Role.REGULATOR, Role.AUDITOR, Role.STATISTICS)));

    private DefaultParticipants() {}

    /** MSP ID for a default alias or MSP ID (case-insensitive), or null when it names no default organization. */
    public static String mspId(String aliasOrMspId) {
        for (Participant p : ALL) {
            if (p.alias().equalsIgnoreCase(aliasOrMspId) || p.mspId().equalsIgnoreCase(aliasOrMspId)) {
                return p.mspId();
            }
        }
        return null;
    }
}
