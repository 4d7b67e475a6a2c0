package io.bondbridge.api.audit;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@code audit history KIND ID} answers: every committed version of the state rows behind one thing, oldest
 * first.
 *
 * @param kind what {@code id} names, one of {@link #KINDS}
 * @param id the thing: an account, a reserve asset id, a payment's end-to-end id or {@code SERIES:ORG:name}
 * @param entries the versions, by commit time
 */
public record History(String kind, String id, List<HistoryEntry> entries) {
    /** An account's stable-unit balance rows ({@code ORG:name}). */
    public static final String ACCOUNT = "account";
    /** A reserve asset's record (an asset id). */
    public static final String RESERVE_ASSET = "reserve-asset";
    /** A payment's public record and netting queue row (an end-to-end id). */
    public static final String PAYMENT = "payment";
    /** An account's holding of one bond series ({@code SERIES:ORG:name}). */
    public static final String BOND_HOLDING = "bond-holding";
    /** Every kind the ledger answers, in name order. */
    public static final SortedSet<String> KINDS =
            Collections.unmodifiableSortedSet(new TreeSet<>(List.of(ACCOUNT, RESERVE_ASSET, PAYMENT, BOND_HOLDING)));
}
