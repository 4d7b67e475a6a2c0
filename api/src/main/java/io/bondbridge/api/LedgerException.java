package io.bondbridge.api;

/**
 * A rejection by a rule of the ledger: an {@link ErrorCode} and a human message that names the subject, the value
 * and the limit. Thrown anywhere in the rules, it fails the transaction, which then writes nothing.
 *
 * <p>A plain unchecked exception: the rules and value types need nothing of Fabric. The contract layer turns it into
 * the transaction's error response, {@code "CODE: message"} with the code as payload (the chaincode's {@code LedgerContract.coded}).
 */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String detail;

    public LedgerException(ErrorCode code, String detail) {
        super(code.name() + ": " + detail);
        this.code = code;
        this.detail = detail;
    }

    public static LedgerException of(ErrorCode code, String format, Object... args) {
        return new LedgerException(code, String.format(java.util.Locale.ROOT, format, args));
    }

    public ErrorCode code() {
        return code;
    }

    /** The human message without the code prefix. */
    public String detail() {
        return detail;
    }
}
