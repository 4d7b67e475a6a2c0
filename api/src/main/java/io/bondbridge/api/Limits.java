package io.bondbridge.api;

/**
 * The size limits on what a caller may send, so no input makes a transaction use unbounded memory or time. Each
 * rejection is INVALID_ARGUMENT and names the limit. The chaincode checks every argument and transient value before
 * a function runs, and the lists and batches where they are parsed.
 */
public final class Limits {
    /**
     * Characters in one transaction argument. The largest legitimate argument is a batch of {@link
     * #MAX_ASSETS_PER_CALL} reserve assets as JSON, about 300 characters each (60,000).
     */
    public static final int MAX_ARGUMENT_CHARS = 131_072;

    /** Bytes in one transient value (a payment's instruction or presented details: under 2,000 bytes). */
    public static final int MAX_TRANSIENT_BYTES = 65_536;

    /** Entries in one transient map: the functions read one key each. */
    public static final int MAX_TRANSIENT_KEYS = 8;

    /** Items in a comma-separated list argument (roles, jurisdictions, currencies). */
    public static final int MAX_LIST_ITEMS = 32;

    /** Reserve assets recorded in one call. */
    public static final int MAX_ASSETS_PER_CALL = 200;

    /**
     * Payments one netting cycle settles at its close: the close reads every queued payment and writes each, in one
     * transaction. Checked at the close, not at each queued send (counting the queue there would make every send of
     * a cycle conflict with every other); over the limit the operator rejects payments until it fits.
     */
    public static final int MAX_CYCLE_PAYMENTS = 1_000;

    private Limits() {}

    /** {@code value} when it has at most {@link #MAX_ARGUMENT_CHARS} characters (null passes). */
    public static String argument(String value, String what) {
        if (value != null && value.length() > MAX_ARGUMENT_CHARS) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s has %d characters, more than the limit of %d",
                    what,
                    value.length(),
                    MAX_ARGUMENT_CHARS);
        }
        return value;
    }

    /** {@link #argument} for an argument that arrives as UTF-8 bytes. */
    public static void argument(byte[] value, String what) {
        if (value != null && value.length > MAX_ARGUMENT_CHARS) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s has %d bytes, more than the limit of %d",
                    what,
                    value.length,
                    MAX_ARGUMENT_CHARS);
        }
    }

    /** A transient value of at most {@link #MAX_TRANSIENT_BYTES} bytes. */
    public static void transientValue(byte[] value, String key) {
        if (value != null && value.length > MAX_TRANSIENT_BYTES) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "transient %s has %d bytes, more than the limit of %d",
                    key,
                    value.length,
                    MAX_TRANSIENT_BYTES);
        }
    }

    /** A count of {@code what} (list items, assets) of at most {@code max}. */
    public static int count(int n, int max, String what) {
        if (n > max) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%d %s, more than the limit of %d", n, what, max);
        }
        return n;
    }

    /**
     * A comma-separated list of at most {@link #MAX_LIST_ITEMS} items, returned unchanged (null and blank pass: the
     * parser decides whether the list is required).
     */
    public static String list(String csv, String what) {
        if (csv != null && !csv.isBlank()) {
            count(csv.split(",", -1).length, MAX_LIST_ITEMS, what);
        }
        return csv;
    }
}
