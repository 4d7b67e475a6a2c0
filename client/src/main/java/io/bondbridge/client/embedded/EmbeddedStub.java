package io.bondbridge.client.embedded;

import io.bondbridge.api.StateBatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * The {@link ChaincodeStub} the embedded ledger hands the contract router: reads committed state (as on Fabric, a
 * transaction never sees its own writes), and records what a peer's transaction simulator records: the version
 * of every key read, the keys and versions every range returned (to detect phantoms), and the writes.
 */
final class EmbeddedStub implements ChaincodeStub, StateBatch {
    private static final String MAX_UNICODE_RUNE = "\udbff\udfff";
    /** Fabric substitutes this for an empty start key, so a plain range never returns composite keys. */
    private static final String EMPTY_KEY_SUBSTITUTE = "\u0001";

    /** A range read and what it returned, re-checked at commit. */
    record RangeRead(String collection, String start, String end, List<String> keys, List<Long> versions) {}

    private final Proposal proposal;
    private final WorldState state;
    private final Collections collections;

    final Map<String, Long> reads = new LinkedHashMap<>();
    final Map<String, Long> privateReads = new LinkedHashMap<>();
    final List<RangeRead> rangeReads = new ArrayList<>();
    /** Public writes; a null value deletes. Sorted so the write set has one byte form. */
    final TreeMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);

    final TreeMap<String, TreeMap<String, byte[]>> privateWrites = new TreeMap<>();
    /** Point reads and writes asked of the "peer", a batch counting once: the round trips a peer would serve. */
    int stateRequests;

    private ChaincodeEvent event;

    EmbeddedStub(Proposal proposal, WorldState state, Collections collections) {
        this.proposal = proposal;
        this.state = state;
        this.collections = collections;
    }

    ChaincodeEvent event() {
        return event;
    }

    // ---- proposal ----

    @Override
    public List<byte[]> getArgs() {
        List<byte[]> args = new ArrayList<>();
        for (String s : getStringArgs()) {
            args.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return args;
    }

    @Override
    public List<String> getStringArgs() {
        List<String> args = new ArrayList<>();
        args.add(proposal.function());
        args.addAll(proposal.args());
        return args;
    }

    @Override
    public String getFunction() {
        return proposal.function();
    }

    @Override
    public List<String> getParameters() {
        return proposal.args();
    }

    @Override
    public String getTxId() {
        return proposal.txId();
    }

    @Override
    public String getChannelId() {
        return EmbeddedLedger.CHANNEL;
    }

    @Override
    public Instant getTxTimestamp() {
        return proposal.timestamp();
    }

    @Override
    public byte[] getCreator() {
        return proposal.creator();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return proposal.transientData();
    }

    @Override
    public byte[] getBinding() {
        return new byte[0];
    }

    @Override
    public SignedProposal getSignedProposal() {
        return SignedProposal.getDefaultInstance();
    }

    /** The "peer" of the embedded ledger belongs to the caller's organization. */
    @Override
    public String getMspId() {
        return proposal.mspId();
    }

    // ---- public state ----

    @Override
    public byte[] getState(String key) {
        stateRequests++;
        return read(key);
    }

    private byte[] read(String key) {
        WorldState.Versioned v = state.get(key);
        reads.putIfAbsent(key, v == null ? 0L : v.version());
        return v == null ? null : v.value().clone();
    }

    @Override
    public List<byte[]> getStates(List<String> keys) {
        stateRequests++;
        return keys.stream().map(this::read).toList();
    }

    @Override
    public void putState(String key, byte[] value) {
        stateRequests++;
        put(key, value);
    }

    private void put(String key, byte[] value) {
        requireKey(key);
        if (value == null) {
            throw new IllegalArgumentException("value for key " + key + " is null; use delState");
        }
        writes.put(key, value.clone());
    }

    @Override
    public void delState(String key) {
        stateRequests++;
        delete(key);
    }

    private void delete(String key) {
        requireKey(key);
        writes.put(key, null);
    }

    @Override
    public void write(List<Write> batch) {
        stateRequests++;
        for (Write w : batch) {
            if (w.collection() != null) {
                putPrivate(w.collection(), w.key(), w.value());
            } else if (w.value() == null) {
                delete(w.key());
            } else {
                put(w.key(), w.value());
            }
        }
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        String start = startKey == null || startKey.isEmpty() ? EMPTY_KEY_SUBSTITUTE : startKey;
        String end = endKey == null || endKey.isEmpty() ? MAX_UNICODE_RUNE : endKey;
        return range(null, state.range(start, end), start, end);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(
            String startKey, String endKey, int pageSize, String bookmark) {
        String start = bookmark != null && !bookmark.isEmpty()
                ? bookmark
                : startKey == null || startKey.isEmpty() ? EMPTY_KEY_SUBSTITUTE : startKey;
        String end = endKey == null || endKey.isEmpty() ? MAX_UNICODE_RUNE : endKey;
        return page(state.range(start, end), pageSize);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        return partial(null, compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return partial(null, new CompositeKey(objectType, attributes).toString());
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        return partial(null, compositeKey.toString());
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String start = bookmark != null && !bookmark.isEmpty() ? bookmark : compositeKey.toString();
        return page(state.range(start, compositeKey + MAX_UNICODE_RUNE), pageSize);
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        List<KeyModification> mods = new ArrayList<>();
        for (WorldState.HistoryEntry h : state.history(key)) {
            mods.add(new Modification(h));
        }
        return new ListIterator<>(mods);
    }

    // ---- private data ----

    @Override
    public byte[] getPrivateData(String collection, String key) {
        collections.requireMember(collection, proposal.mspId());
        WorldState.Versioned v = state.getPrivate(collection, key);
        privateReads.putIfAbsent(collection + '\u0000' + key, v == null ? 0L : v.version());
        return v == null ? null : v.value().clone();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        collections.requireDefined(collection);
        WorldState.Versioned v = state.getPrivate(collection, key);
        return v == null ? null : sha256(v.value());
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        stateRequests++;
        if (value == null) {
            throw new IllegalArgumentException("private value for key " + key + " is null");
        }
        putPrivate(collection, key, value);
    }

    @Override
    public void delPrivateData(String collection, String key) {
        stateRequests++;
        putPrivate(collection, key, null);
    }

    /** A private write; a null value deletes. */
    private void putPrivate(String collection, String key, byte[] value) {
        collections.requireDefined(collection);
        requireKey(key);
        privateWrites
                .computeIfAbsent(collection, c -> new TreeMap<>(KeyOrder.INSTANCE))
                .put(key, value == null ? null : value.clone());
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        delPrivateData(collection, key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        collections.requireMember(collection, proposal.mspId());
        String start = startKey == null || startKey.isEmpty() ? EMPTY_KEY_SUBSTITUTE : startKey;
        String end = endKey == null || endKey.isEmpty() ? MAX_UNICODE_RUNE : endKey;
        return range(collection, state.privateRange(collection, start, end), start, end);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        collections.requireMember(collection, proposal.mspId());
        return partial(collection, compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, CompositeKey compositeKey) {
        return getPrivateDataByPartialCompositeKey(collection, compositeKey.toString());
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, String objectType, String... attributes) {
        return getPrivateDataByPartialCompositeKey(collection, new CompositeKey(objectType, attributes).toString());
    }

    // ---- events ----

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name can not be empty string");
        }
        event = ChaincodeEvent.newBuilder()
                .setEventName(name)
                .setTxId(proposal.txId())
                .setChaincodeId(EmbeddedLedger.CHAINCODE)
                .setPayload(com.google.protobuf.ByteString.copyFrom(payload == null ? new byte[0] : payload))
                .build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    // ---- not offered by this network's configuration ----

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw new UnsupportedOperationException("rich queries need CouchDB; bondbridge peers use LevelDB");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(
            String query, int pageSize, String bookmark) {
        throw new UnsupportedOperationException("rich queries need CouchDB; bondbridge peers use LevelDB");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw new UnsupportedOperationException("rich queries need CouchDB; bondbridge peers use LevelDB");
    }

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw new UnsupportedOperationException("bondbridge is one chaincode; no chaincode-to-chaincode calls");
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw new UnsupportedOperationException("key-level endorsement is not used by bondbridge");
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw new UnsupportedOperationException("key-level endorsement is not used by bondbridge");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw new UnsupportedOperationException("key-level endorsement is not used by bondbridge");
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw new UnsupportedOperationException("key-level endorsement is not used by bondbridge");
    }

    // ---- helpers ----

    private QueryResultsIterator<KeyValue> partial(String collection, String compositeKey) {
        String end = compositeKey + MAX_UNICODE_RUNE;
        NavigableMap<String, WorldState.Versioned> entries =
                collection == null ? state.range(compositeKey, end) : state.privateRange(collection, compositeKey, end);
        return range(collection, entries, compositeKey, end);
    }

    private QueryResultsIterator<KeyValue> range(
            String collection, NavigableMap<String, WorldState.Versioned> entries, String start, String end) {
        List<KeyValue> rows = new ArrayList<>(entries.size());
        List<String> keys = new ArrayList<>(entries.size());
        List<Long> versions = new ArrayList<>(entries.size());
        for (Map.Entry<String, WorldState.Versioned> e : entries.entrySet()) {
            rows.add(new Row(e.getKey(), e.getValue().value().clone()));
            keys.add(e.getKey());
            versions.add(e.getValue().version());
        }
        rangeReads.add(new RangeRead(collection, start, end, keys, versions));
        return new ListIterator<>(rows);
    }

    private static QueryResultsIteratorWithMetadata<KeyValue> page(
            NavigableMap<String, WorldState.Versioned> entries, int pageSize) {
        List<KeyValue> rows = new ArrayList<>();
        String bookmark = "";
        for (Map.Entry<String, WorldState.Versioned> e : entries.entrySet()) {
            if (rows.size() == pageSize) {
                bookmark = e.getKey();
                break;
            }
            rows.add(new Row(e.getKey(), e.getValue().value().clone()));
        }
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(rows.size())
                .setBookmark(bookmark)
                .build();
        return new PageIterator(rows, metadata);
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
    }

    static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    private record Modification(WorldState.HistoryEntry entry) implements KeyModification {
        @Override
        public String getTxId() {
            return entry.txId();
        }

        @Override
        public byte[] getValue() {
            return entry.value() == null ? new byte[0] : entry.value().clone();
        }

        @Override
        public String getStringValue() {
            return new String(getValue(), StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return entry.timestamp();
        }

        @Override
        public boolean isDeleted() {
            return entry.value() == null;
        }
    }

    private static class ListIterator<T> implements QueryResultsIterator<T> {
        private final List<T> rows;

        ListIterator(List<T> rows) {
            this.rows = rows;
        }

        @Override
        public Iterator<T> iterator() {
            return rows.iterator();
        }

        @Override
        public void close() {}
    }

    private static final class PageIterator extends ListIterator<KeyValue>
            implements QueryResultsIteratorWithMetadata<KeyValue> {
        private final QueryResponseMetadata metadata;

        PageIterator(List<KeyValue> rows, QueryResponseMetadata metadata) {
            super(rows);
            this.metadata = metadata;
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }
    }
}
