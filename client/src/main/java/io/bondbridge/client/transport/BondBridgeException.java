package io.bondbridge.client.transport;

import io.bondbridge.api.ErrorCode;
import java.util.Objects;

/**
 * Every failure the client reports: the ledger rejected a transaction (with the chaincode's error code), the
 * ledger could not be reached ({@link ErrorCode#UNAVAILABLE}), or a stale read lost to a concurrent transaction
 * ({@link ErrorCode#CONFLICT}) after the allowed retries.
 */
public class BondBridgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String txId;

    public BondBridgeException(ErrorCode code, String message, String txId, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.txId = txId;
    }

    public BondBridgeException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    /**
     * Builds the exception from a chaincode error message of the form {@code "CODE: text"}, as both transports
     * receive it. A message without a known code is {@link ErrorCode#INTERNAL}.
     */
    public static BondBridgeException fromChaincodeMessage(String message, String txId, Throwable cause) {
        ErrorCode code = ErrorCode.fromMessage(message);
        if (code == null) {
            return new BondBridgeException(
                    ErrorCode.INTERNAL, message == null ? "unknown error" : message, txId, cause);
        }
        return new BondBridgeException(code, message.substring(code.name().length() + 2), txId, cause);
    }

    public ErrorCode code() {
        return code;
    }

    /** The transaction id, when the failure belongs to a transaction that got one. */
    public String txId() {
        return txId;
    }
}
