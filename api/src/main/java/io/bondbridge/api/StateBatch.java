package io.bondbridge.api;

import java.util.List;

/**
 * A stub that carries several keys in one request to its peer: Fabric 3.1's {@code GET_STATE_MULTIPLE} and {@code
 * WRITE_BATCH_STATE} chaincode messages. Every request is a round trip between chaincode and peer, each costing both
 * sides their messaging and a peer its per-request handling; a PvP payment reads 18 keys and writes 6, three times
 * over (on each of its endorsers). The world state seen is the same as through one request per key, and so is the
 * read set the peer records.
 */
public interface StateBatch {
    /** The committed values of {@code keys}, in their order; an absent key's value null or empty. */
    List<byte[]> getStates(List<String> keys);

    /** Applies {@code writes} in order, as single puts and deletes would. */
    void write(List<Write> writes);

    /**
     * One write of a transaction.
     *
     * @param collection the private data collection, or null for the public state
     * @param key the encoded key
     * @param value the value, or null to delete the key
     */
    record Write(String collection, String key, byte[] value) {}
}
