package io.deskpulse.ingestion.importer.destination;

/** The target stopped taking events: what it acknowledged is in the ledger, the rest is not. */
public final class TargetException extends RuntimeException {

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
