package io.bondbridge.client.embedded;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A transaction proposal to the embedded ledger.
 *
 * @param txId transaction id
 * @param timestamp transaction timestamp the chaincode sees
 * @param mspId the submitter's organization
 * @param creator the submitter's serialized identity
 * @param function {@code contract:function}
 * @param args positional arguments
 * @param transientData private inputs, never logged
 */
public record Proposal(
        String txId,
        Instant timestamp,
        String mspId,
        byte[] creator,
        String function,
        List<String> args,
        Map<String, byte[]> transientData) {
    public Proposal {
        args = List.copyOf(args);
        transientData = Map.copyOf(transientData);
    }
}
