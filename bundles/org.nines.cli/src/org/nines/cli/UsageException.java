package org.nines.cli;

/** Wrong command-line arguments; the message says what is expected. Exit code {@link Main#USAGE}. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
