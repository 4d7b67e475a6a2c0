package io.bondbridge.api;

/**
 * Stable error codes. Clients branch on them, so a code is never renamed or reused.
 *
 * <p>On the wire a rejection's message is {@code "CODE: human message"}; the Fabric Gateway passes only the
 * message back to clients, so the code travels in it (and also as the error payload).
 */
public enum ErrorCode {
    INVALID_ARGUMENT,
    NOT_FOUND,
    ALREADY_EXISTS,
    FORBIDDEN,
    INSUFFICIENT_FUNDS,
    POLICY_VIOLATION,
    FROZEN,
    CONFLICT,
    EXPIRED,
    LIMIT_EXCEEDED,
    /**
     * Client side only: the ledger could not be reached. The client's transports say it; no rule of the chaincode
     * does (an architecture test checks), so it shares this enum only because callers branch on one vocabulary.
     */
    UNAVAILABLE,
    /** A failure that is not a rule of the ledger (a bug or an environment fault). */
    INTERNAL;

    /** Parses {@code "CODE: message"}; returns null when the text carries no known code. */
    public static ErrorCode fromMessage(String message) {
        if (message == null) {
            return null;
        }
        int colon = message.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String head = message.substring(0, colon);
        for (ErrorCode code : values()) {
            if (code.name().equals(head)) {
                return code;
            }
        }
        return null;
    }
}
