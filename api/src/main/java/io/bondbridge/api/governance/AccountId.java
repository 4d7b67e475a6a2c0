package io.bondbridge.api.governance;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.regex.Pattern;

/**
 * An account reference, {@code OWNER:name}, where OWNER is the owning organization's MSP ID (the canonical form
 * stored on the ledger). Input may name the owner by alias ({@code banka:main}): {@link #parse} keeps the owner as
 * written, and the ledger resolves it to the MSP ID before it reads or writes anything under the id.
 *
 * @param owner MSP ID of the owning participant (or, for an id just parsed from input, the owner as written)
 * @param name account name within the owner
 */
public record AccountId(String owner, String name) {
    public static final String MAIN = "main";
    /**
     * Prefix of earmarked accounts ({@code proceeds.SERIES}): the ledger opens them for a bond series, and value
     * leaves them only through the rule that owns them (a bond disbursement), never a transfer by their owner.
     */
    public static final String EARMARKED = "proceeds.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public AccountId {
        if (name == null || !NAME.matcher(name).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "invalid account name '%s' (letters, digits, '.', '_', '-'; at most 64)",
                    name);
        }
    }

    /**
     * The parser of an account reference, {@code ORG:name}: the owner as written (an MSP ID or an alias, which the
     * ledger resolves to the canonical id) and a valid account name.
     */
    public static AccountId parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        String t = text.strip();
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not of the form ORG:name", what, text);
        }
        return new AccountId(t.substring(0, colon), t.substring(colon + 1));
    }

    /** True for an earmarked account, which only its feature's rule may pay out of. */
    public boolean earmarked() {
        return name.startsWith(EARMARKED);
    }

    @Override
    public String toString() {
        return owner + ":" + name;
    }
}
