package io.bondbridge.api.audit;

import com.google.gson.JsonElement;
import java.time.Instant;

/**
 * One committed version of a state row, in a {@link History}.
 *
 * @param key the state key, {@code namespace/part/part}
 * @param txId the transaction that wrote it
 * @param timestamp that transaction's timestamp
 * @param deleted true when the transaction deleted the row
 * @param value the row as written (absent for a deletion)
 */
public record HistoryEntry(String key, String txId, Instant timestamp, boolean deleted, JsonElement value) {}
