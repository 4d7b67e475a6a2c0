package io.bondbridge.chaincode.ledger;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
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
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9.]*");

    public Key {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw LedgerException.of(ErrorCode.INTERNAL, "invalid key namespace '%s'", kind);
        }
        parts = List.copyOf(parts);
        for (String part : parts) {
            if (part.isEmpty() || part.chars().anyMatch(c -> c == 0 || Character.isSurrogate((char) c))) {
                throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "invalid key part '%s'", part);
            }
        }
    }

    public static Key of(String kind, String... parts) {
        return new Key(kind, List.of(parts));
    }

    /** The composite key string as Fabric forms it. */
    public String encoded() {
        return new CompositeKey(kind, parts).toString();
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
