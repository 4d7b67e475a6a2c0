package io.bondbridge.chaincode.ledger;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Typed access to the world state of one transaction: records in and out through the shared {@link Json} codec,
 * bounded range and history reads that always close their iterators, the transaction's own clock and id, and its
 * one event.
 *
 * <p>As on Fabric, a read sees committed state only, never this transaction's own earlier writes. That state does not
 * change while the transaction runs, so each key is fetched from the peer once and kept: a transfer asks for the
 * caller's participant record three times and an alias twice, and every ask is a round trip to the peer.
 */
public final class Ledger {
    /** Upper bound of rows one range or history read returns; above it the read is rejected, not truncated. */
    public static final int MAX_ROWS = 100_000;

    private final ChaincodeStub stub;
    private final List<Event> events = new ArrayList<>();
    /** Committed values read so far by key (an absent key as an empty array). */
    private final Map<String, byte[]> committed = new TreeMap<>();

    public Ledger(ChaincodeStub stub) {
        this.stub = stub;
    }

    public String txId() {
        return stub.getTxId();
    }

    /** The transaction timestamp the client proposed (the same on every endorser). */
    public Instant now() {
        return stub.getTxTimestamp();
    }

    public <T> Optional<T> find(Key key, Class<T> type) {
        byte[] bytes = state(key);
        return bytes.length == 0 ? Optional.empty() : Optional.of(Json.read(bytes, type));
    }

    public <T> T get(Key key, Class<T> type, String what) {
        return find(key, type).orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "%s not found", what));
    }

    public boolean exists(Key key) {
        return state(key).length > 0;
    }

    /** The committed value of {@code key}, empty when absent; fetched once per transaction. */
    private byte[] state(Key key) {
        return committed.computeIfAbsent(key.encoded(), k -> {
            byte[] bytes = stub.getState(k);
            return bytes == null ? new byte[0] : bytes;
        });
    }

    public void put(Key key, Object value) {
        stub.putState(key.encoded(), Json.bytes(value));
    }

    public void delete(Key key) {
        stub.delState(key.encoded());
    }

    /**
     * Writes a record to a private data collection: only the collection's members keep the value; the channel
     * keeps its hash.
     */
    public void putPrivate(String collection, Key key, Object value) {
        stub.putPrivateData(collection, key.encoded(), Json.bytes(value));
    }

    /**
     * Reads a record from a private data collection. The caller must have checked membership first: a peer of a
     * non-member has no copy, and the read fails there with the platform's own error.
     */
    public <T> Optional<T> findPrivate(String collection, Key key, Class<T> type) {
        byte[] bytes = stub.getPrivateData(collection, key.encoded());
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(Json.read(bytes, type));
    }

    /** A row read back with its key. */
    public record Row<T>(Key key, T value) {}

    /** Every row under a partial key ({@code kind} and leading parts), in key order. */
    public <T> List<Row<T>> list(Class<T> type, String kind, String... leadingParts) {
        List<Row<T>> rows = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> it =
                stub.getStateByPartialCompositeKey(new CompositeKey(kind, leadingParts))) {
            for (KeyValue kv : it) {
                if (rows.size() == MAX_ROWS) {
                    throw LedgerException.of(ErrorCode.LIMIT_EXCEEDED, "more than %d rows under %s", MAX_ROWS, kind);
                }
                rows.add(new Row<>(Key.decode(kv.getKey()), Json.read(kv.getValue(), type)));
            }
        } catch (LedgerException e) {
            throw e;
        } catch (Exception e) {
            throw LedgerException.of(ErrorCode.INTERNAL, "range read of %s failed: %s", kind, e.getMessage());
        }
        return rows;
    }

    /**
     * One committed version of a key.
     *
     * @param txId the transaction that wrote it
     * @param timestamp that transaction's timestamp
     * @param value the JSON written, or null when the transaction deleted the key
     */
    public record Version(String txId, Instant timestamp, String value) {
        public boolean deleted() {
            return value == null;
        }
    }

    /** A key's committed versions, oldest first. */
    public List<Version> history(Key key) {
        List<Version> versions = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> it = stub.getHistoryForKey(key.encoded())) {
            for (KeyModification m : it) {
                if (versions.size() == MAX_ROWS) {
                    throw LedgerException.of(ErrorCode.LIMIT_EXCEEDED, "more than %d versions of %s", MAX_ROWS, key);
                }
                String value = m.isDeleted() ? null : new String(m.getValue(), StandardCharsets.UTF_8);
                versions.add(new Version(m.getTxId(), m.getTimestamp(), value));
            }
        } catch (LedgerException e) {
            throw e;
        } catch (Exception e) {
            throw LedgerException.of(ErrorCode.INTERNAL, "history read of %s failed: %s", key, e.getMessage());
        }
        // Fabric 2+ returns newest first; callers reason oldest first.
        java.util.Collections.reverse(versions);
        return versions;
    }

    /**
     * Records a state change for the transaction's event. Fabric keeps one chaincode event per transaction, so
     * {@link #flushEvents()} publishes them together.
     */
    public void emit(String name, Object payload) {
        events.add(new Event(name, Json.parse(Json.write(payload))));
    }

    private record Event(String name, com.google.gson.JsonElement payload) {}

    /** Publishes the collected events as the transaction's one chaincode event; called after the function ran. */
    public void flushEvents() {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() == 1) {
            stub.setEvent(events.get(0).name(), Json.bytes(events.get(0).payload()));
            return;
        }
        com.google.gson.JsonArray all = new com.google.gson.JsonArray();
        for (Event e : events) {
            com.google.gson.JsonObject o = new com.google.gson.JsonObject();
            o.addProperty("name", e.name());
            o.add("payload", e.payload());
            all.add(o);
        }
        com.google.gson.JsonObject batch = new com.google.gson.JsonObject();
        batch.add("events", all);
        stub.setEvent(events.get(0).name(), Json.bytes(batch));
    }
}
