package io.bondbridge.chaincode.payment;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Parsing of the text fields of payment inputs, with the field's name in every rejection. */
final class Fields {
    private static final Set<String> CHARGE_BEARERS = new TreeSet<>(List.of("CRED", "DEBT", "SHAR", "SLEV"));
    private static final int MAX_INFO = 140;

    private Fields() {}

    static String required(String value, String what) {
        if (blank(value)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", what);
        }
        return value.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** ChrgBr: DEBT, CRED, SHAR or SLEV; SHAR when blank. */
    static String chargeBearer(String text) {
        if (blank(text)) {
            return "SHAR";
        }
        String cb = text.strip();
        if (!CHARGE_BEARERS.contains(cb)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "charge bearer '%s' is not one of %s", cb, CHARGE_BEARERS);
        }
        return cb;
    }

    /** Free text of at most 140 characters (pacs.008's Max140Text), or {@code fallback} when blank. */
    static String text(String value, String fallback, String what) {
        if (blank(value)) {
            return fallback;
        }
        String v = value.strip();
        if (v.length() > MAX_INFO || v.chars().anyMatch(Character::isISOControl)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "%s must be at most %d printable characters", what, MAX_INFO);
        }
        return v;
    }
}
