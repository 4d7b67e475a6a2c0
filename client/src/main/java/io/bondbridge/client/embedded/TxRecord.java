package io.bondbridge.client.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A committed transaction as the embedded ledger logs it: enough to rebuild state, history and events on replay
 * without running the chaincode again. Its canonical JSON (the ledger codec) is the log record.
 *
 * @param seq height of the ledger after this transaction, from 1
 * @param txId transaction id
 * @param timestamp transaction timestamp
 * @param creator MSP ID of the submitter
 * @param function {@code contract:function}
 * @param args the function's arguments (transient data is never logged)
 * @param writes public writes in key order
 * @param privateWrites private writes, by collection then key
 * @param event the chaincode event, or null
 */
record TxRecord(
        long seq,
        String txId,
        Instant timestamp,
        String creator,
        String function,
        List<String> args,
        List<Write> writes,
        List<PrivateWrite> privateWrites,
        Event event) {

    /** A public write; {@code value} is base64, null for a delete. */
    record Write(String key, String value) {
        byte[] valueBytes() {
            return value == null ? null : Base64.getDecoder().decode(value);
        }
    }

    /** A private write; {@code value} is base64, null for a delete. */
    record PrivateWrite(String collection, String key, String value) {
        byte[] valueBytes() {
            return value == null ? null : Base64.getDecoder().decode(value);
        }
    }

    /** The chaincode event; {@code payload} is UTF-8 text. */
    record Event(String name, String payload) {}

    static String b64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
