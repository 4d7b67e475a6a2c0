package io.bondbridge.client.cli;

/** Bad command-line input, found before anything is sent to the ledger (exit code 2). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
