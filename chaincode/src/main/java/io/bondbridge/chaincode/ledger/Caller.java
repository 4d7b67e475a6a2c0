package io.bondbridge.chaincode.ledger;

import java.util.Objects;
import java.util.function.Function;

/**
 * Who submitted the transaction, from the client certificate the peer verified: never from an argument.
 *
 * @param mspId the caller's organization (MSP ID)
 * @param id the certificate identity, {@code x509::<subject>::<issuer>}
 * @param attribute certificate attributes (Fabric CA {@code hf.*} and custom), by name; null when absent
 */
public record Caller(String mspId, String id, Function<String, String> attribute) {
    public Caller {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attribute, "attribute");
    }
}
