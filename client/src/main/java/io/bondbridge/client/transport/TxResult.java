package io.bondbridge.client.transport;

import java.util.Objects;

/**
 * A committed transaction: its id and the payload the chaincode returned (JSON text, possibly empty).
 *
 * @param txId transaction id as the ledger knows it
 * @param payload the chaincode's response payload, UTF-8 text
 */
public record TxResult(String txId, String payload) {
    public TxResult {
        Objects.requireNonNull(txId, "txId");
        payload = payload == null ? "" : payload;
    }
}
