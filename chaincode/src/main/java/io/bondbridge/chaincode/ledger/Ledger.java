package io.bondbridge.chaincode.ledger;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.StateBatch;
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
 * caller's participant record three times and an alias twice, and every ask is a round trip to the peer. Where a
 * transaction knows keys it is about to read, {@link #prefetch} asks for them in one request, when the stub takes
 * batches ({@link StateBatch}). Writes are kept until the function has run ({@link #finish}), then sent in one
 * request: a rejected transaction sends none.
 */
public final class Ledger {
    /** Upper bound of rows one range or history read returns; above it the read is rejected, not truncated. */
    public static final int MAX_ROWS = 100_000;

    private final ChaincodeStub stub;
    /** The stub's batch requests; null when it takes one key per request. */
    private final StateBatch batch;

    private final List<Event> events = new ArrayList<>();
    private final List<StateBatch.Write> writes = new ArrayList<>();
    /** Committed values read so far by key (an absent key as an empty array). */
    private final Map<String, byte[]> committed = new TreeMap<>();

    public Ledger(ChaincodeStub stub) {
        this(stub, stub instanceof StateBatch b ? b : ShimStateBatch.of(stub).orElse(null));
    }

    /** A ledger over {@code stub} whose batch requests go through {@code batch} (null: one key per request). */
    Ledger(ChaincodeStub stub, StateBatch batch) {
        this.stub = stub;
        this.batch = batch;
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
        return committed.computeIfAbsent(key.encoded(), this::fetch);
    }

    /**
     * Fetches the committed values of those {@code keys} not read yet, in one request where the stub takes batches.
     * Only for keys the transaction will read on its way to success: each lands in the read set, as a read would.
     */
    public void prefetch(List<Key> keys) {
        List<String> wanted = keys.stream()
                .map(Key::encoded)
                .filter(k -> !committed.containsKey(k))
                .distinct()
                .toList();
        if (batch == null || wanted.size() < 2) {
            wanted.forEach(k -> committed.put(k, fetch(k)));
            return;
        }
        List<byte[]> values = batch.getStates(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            byte[] v = values.get(i);
            committed.put(wanted.get(i), v == null ? new byte[0] : v);
        }
    }

    private byte[] fetch(String key) {
        byte[] bytes = stub.getState(key);
        return bytes == null ? new byte[0] : bytes;
    }

    public void put(Key key, Object value) {
        writes.add(new StateBatch.Write(null, key.encoded(), Json.bytes(value)));
    }

    public void delete(Key key) {
        writes.add(new StateBatch.Write(null, key.encoded(), null));
    }

    /**
     * Writes a record to a private data collection: only the collection's members keep the value; the channel
     * keeps its hash.
     */
    public void putPrivate(String collection, Key key, Object value) {
        writes.add(new StateBatch.Write(collection, key.encoded(), Json.bytes(value)));
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
     * {@link #finish()} publishes them together.
     */
    public void emit(String name, Object payload) {
        events.add(new Event(name, Json.parse(Json.write(payload))));
    }

    private record Event(String name, com.google.gson.JsonElement payload) {}

    /**
     * Sends the transaction's writes, in the order made (one request when the stub takes batches), then publishes
     * the collected events as its one chaincode event; called once the function ran without a rejection.
     */
    public void finish() {
        if (batch != null && writes.size() > 1) {
            batch.write(writes);
        } else {
            writes.forEach(this::writeOne);
        }
        writes.clear();
        publishEvents();
    }

    private void writeOne(StateBatch.Write w) {
        if (w.collection() == null) {
            if (w.value() == null) {
                stub.delState(w.key());
            } else {
                stub.putState(w.key(), w.value());
            }
        } else if (w.value() == null) {
            stub.delPrivateData(w.collection(), w.key());
        } else {
            stub.putPrivateData(w.collection(), w.key(), w.value());
        }
    }

    private void publishEvents() {
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
