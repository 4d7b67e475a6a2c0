package io.bondbridge.chaincode.payment;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.DefaultParticipants;
import java.util.List;

/**
 * Which private data collection holds a payment's details, and who may read it. The collections are defined in
 * {@code network/collections_config.json}: one per pair of the four non-regulator organizations, named
 * {@code pd_<MSP1>_<MSP2>} (MSP IDs sorted), members the two organizations and the regulator. The chaincode checks
 * membership from the caller's MSP ID before it touches a collection, so a non-member gets FORBIDDEN on every
 * ledger (a peer of a non-member has no copy and would fail with a platform error instead).
 */
final class Privacy {
    /** The regulator is a member of every payment collection (look-through supervision). */
    static final String REGULATOR = DefaultParticipants.REGULATOR;

    private Privacy() {}

    static String collection(String agentA, String agentB) {
        if (agentA.equals(agentB)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "debtor and creditor agent are both %s: not a cross-border payment",
                    agentA);
        }
        // The regulator reads every collection but is no pair's agent: no collection holds its payments (a peer would
        // fail on the undefined collection with an uncoded platform error).
        for (String agent : List.of(agentA, agentB)) {
            if (agent.equals(REGULATOR)) {
                throw LedgerException.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "%s supervises payments and cannot be a debtor or creditor agent of one",
                        agent);
            }
        }
        return agentA.compareTo(agentB) < 0 ? "pd_" + agentA + "_" + agentB : "pd_" + agentB + "_" + agentA;
    }

    /** The organizations whose peers hold {@code collection}: its two agents and the regulator. */
    static List<String> members(String collection) {
        String[] parts = collection.split("_");
        return List.of(parts[1], parts[2], REGULATOR);
    }

    static boolean member(String collection, String mspId) {
        return members(collection).contains(mspId);
    }

    static void requireMember(String collection, String mspId, String e2eId) {
        if (!member(collection, mspId)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not read the details of payment %s: they are private to %s",
                    mspId,
                    e2eId,
                    members(collection));
        }
    }
}
