package io.bondbridge.api.payment;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.regex.Pattern;

/** Identifiers of payments, corridors, cycles and swap lines: at most 35 characters, as pacs.008's Max35Text. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,34}");

    private Ids() {}

    /** Whether {@code id} is a well-formed id (for clients checking input before sending it). */
    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** {@code id}, when well-formed; else INVALID_ARGUMENT naming {@code what}. */
    public static String require(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' must be 1-35 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
                    what,
                    id);
        }
        return id;
    }
}
