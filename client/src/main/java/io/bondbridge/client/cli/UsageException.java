package io.bondbridge.client.cli;

/**
 * Bad command-line input that no api parser names (a missing companion option, a malformed pair), found before
 * anything is sent to the ledger (exit code 2, decided in {@link Main}).
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
