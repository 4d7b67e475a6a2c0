package io.bondbridge.api.governance;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.regex.Pattern;

/**
 * An account reference, {@code OWNER:name}, where OWNER is the owning organization's MSP ID (the canonical form
 * stored on the ledger). Input may name the owner by alias ({@code banka:main}); the ledger resolves
 * it.
 *
 * @param owner MSP ID of the owning participant
 * @param name account name within the owner
 */
public record AccountId(String owner, String name) {
    public static final String MAIN = "main";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public AccountId {
        if (name == null || !NAME.matcher(name).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "invalid account name '%s' (letters, digits, '.', '_', '-'; at most 64)",
                    name);
        }
    }

    /** Splits {@code ORG:name} without resolving ORG. */
    public static String[] split(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "account '%s' is not of the form ORG:name", text);
        }
        return new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }

    @Override
    public String toString() {
        return owner + ":" + name;
    }
}
