package io.bondbridge.client.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Committed state of the embedded ledger: public state and each collection's private state, ordered as LevelDB
 * orders them, every value with the height of the transaction that wrote it (its MVCC version), and the history
 * of every public key. Not thread-safe: {@link EmbeddedLedger} guards it.
 */
final class WorldState {
    /** A committed value and the height of the transaction that wrote it. */
    record Versioned(byte[] value, long version) {}

    /** One committed write of a key; value null for a delete. */
    record HistoryEntry(String txId, Instant timestamp, byte[] value) {}

    private final TreeMap<String, Versioned> state = new TreeMap<>(KeyOrder.INSTANCE);
    private final TreeMap<String, TreeMap<String, Versioned>> privateState = new TreeMap<>();
    private final Map<String, List<HistoryEntry>> history = new java.util.HashMap<>();
    private long height;

    long height() {
        return height;
    }

    Versioned get(String key) {
        return state.get(key);
    }

    /** Public entries with {@code start <= key < end}, in key order. */
    NavigableMap<String, Versioned> range(String start, String end) {
        return state.subMap(start, true, end, false);
    }

    Versioned getPrivate(String collection, String key) {
        TreeMap<String, Versioned> c = privateState.get(collection);
        return c == null ? null : c.get(key);
    }

    NavigableMap<String, Versioned> privateRange(String collection, String start, String end) {
        TreeMap<String, Versioned> c = privateState.computeIfAbsent(collection, k -> new TreeMap<>(KeyOrder.INSTANCE));
        return c.subMap(start, true, end, false);
    }

    /** Newest first, as Fabric 2+ returns history. */
    List<HistoryEntry> history(String key) {
        List<HistoryEntry> entries = new ArrayList<>(history.getOrDefault(key, List.of()));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** Applies one validated transaction's writes at the next height. */
    void apply(TxRecord tx) {
        height = tx.seq();
        for (TxRecord.Write w : tx.writes()) {
            byte[] value = w.valueBytes();
            if (value == null) {
                state.remove(w.key());
            } else {
                state.put(w.key(), new Versioned(value, height));
            }
            history.computeIfAbsent(w.key(), k -> new ArrayList<>())
                    .add(new HistoryEntry(tx.txId(), tx.timestamp(), value));
        }
        for (TxRecord.PrivateWrite w : tx.privateWrites()) {
            TreeMap<String, Versioned> c =
                    privateState.computeIfAbsent(w.collection(), k -> new TreeMap<>(KeyOrder.INSTANCE));
            byte[] value = w.valueBytes();
            if (value == null) {
                c.remove(w.key());
            } else {
                c.put(w.key(), new Versioned(value, height));
            }
        }
    }

    /**
     * SHA-256 over every public entry in key order, then every collection's entries, each as length-prefixed key
     * and value: equal digests mean equal state.
     */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            feed(sha, "public", state);
            for (Map.Entry<String, TreeMap<String, Versioned>> c : privateState.entrySet()) {
                feed(sha, "private:" + c.getKey(), c.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void feed(MessageDigest sha, String section, Map<String, Versioned> entries) {
        bytes(sha, section.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, Versioned> e : entries.entrySet()) {
            bytes(sha, e.getKey().getBytes(StandardCharsets.UTF_8));
            bytes(sha, e.getValue().value());
        }
    }

    private static void bytes(MessageDigest sha, byte[] b) {
        sha.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
        sha.update(b);
    }
}
