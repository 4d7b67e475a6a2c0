package io.bondbridge.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A rejection by a rule of the ledger. Thrown anywhere in the chaincode, it becomes the transaction's error
 * response ({@code "CODE: message"}, payload = the code) and nothing the transaction wrote is kept.
 *
 * <p>It extends {@link ChaincodeException} because the contract router turns any other exception into
 * "Unexpected error" and the code would be lost.
 */
public final class LedgerException extends ChaincodeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String detail;

    public LedgerException(ErrorCode code, String detail) {
        super(code.name() + ": " + detail, code.name().getBytes(StandardCharsets.UTF_8));
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
