package io.bondbridge.chaincode.ledger;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * A typed state key: the namespace of one entity kind plus the entity's attributes, stored as a Fabric composite
 * key, so a partial-key read lists one kind, or one owner's rows of a kind, in key order. Each feature package
 * owns its namespaces (a constant next to its repository); a namespace is part of the stored keys, never rename
 * one.
 *
 * @param kind the entity namespace, lower-case letters, digits and dots (e.g. {@code "stable.balance"})
 * @param parts the key attributes, outermost first
 */
public record Key(String kind, List<String> parts) {
    /** Fabric's composite-key namespace prefix and attribute delimiter (both U+0000). */
    private static final char DELIMITER = '\u0000';

    // Checked with plain loops: every read and write of every transaction builds keys (a regex per key showed in the
    // chaincode's profile).
    public Key {
        Objects.requireNonNull(kind, "kind");
        if (!validKind(kind)) {
            throw LedgerException.of(ErrorCode.INTERNAL, "invalid key namespace '%s'", kind);
        }
        parts = List.copyOf(parts);
        for (String part : parts) {
            if (!validPart(part)) {
                throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "invalid key part '%s'", part);
            }
        }
    }

    /** Lower-case letters, digits and dots, starting with a letter. */
    private static boolean validKind(String kind) {
        if (kind.isEmpty() || kind.charAt(0) < 'a' || kind.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Not empty, no U+0000 (the delimiter) and no surrogate (so neither U+10FFFF, the end of Fabric's range reads):
     * what Fabric's own composite-key check refuses, and then some.
     */
    private static boolean validPart(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == DELIMITER || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static Key of(String kind, String... parts) {
        return new Key(kind, List.of(parts));
    }

    /**
     * A key part for a number, zero-padded to {@code width} digits so rows list in number order. Not String.format:
     * its Formatter builds locale data on every call (2% of a PvP payment's chaincode CPU in a profile).
     */
    public static String number(int n, int width) {
        if (n < 0) {
            throw new IllegalArgumentException("negative key number " + n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * The composite key string as Fabric forms it ({@code U+0000 kind U+0000 part U+0000 ...}), built directly: the
     * parts were checked when the key was made, and the shim's {@code CompositeKey} checks each again with a regex.
     */
    public String encoded() {
        StringBuilder b = new StringBuilder(kind.length() + 16 * parts.size() + 2);
        b.append(DELIMITER).append(kind).append(DELIMITER);
        for (String part : parts) {
            b.append(part).append(DELIMITER);
        }
        return b.toString();
    }

    public String part(int index) {
        return parts.get(index);
    }

    public String last() {
        return parts.get(parts.size() - 1);
    }

    public static Key decode(String encoded) {
        CompositeKey ck = CompositeKey.parseCompositeKey(encoded);
        return new Key(ck.getObjectType(), ck.getAttributes());
    }

    @Override
    public String toString() {
        return kind + "/" + String.join("/", parts);
    }
}
