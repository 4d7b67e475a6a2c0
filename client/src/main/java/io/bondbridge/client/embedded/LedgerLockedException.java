package io.bondbridge.client.embedded;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;

/** Another process (or another open in this one) holds the ledger directory. */
public final class LedgerLockedException extends BondBridgeException {
    private static final long serialVersionUID = 1L;

    LedgerLockedException(String message) {
        super(ErrorCode.UNAVAILABLE, message);
    }
}
