package io.deskpulse.warehouse;

/** The schema could not be brought up to date; the message says which migration and why. */
public final class MigrationException extends RuntimeException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
