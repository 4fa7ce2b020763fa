package io.deskpulse.ingestion.importer.dedup;

/** A ledger file that cannot be used: nothing is imported rather than risk importing twice. */
public final class LedgerException extends RuntimeException {

    public LedgerException(String message) {
        super(message, null, false, false);
    }
}
