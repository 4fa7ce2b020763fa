package io.deskpulse.ingestion.importer.sheet;

/** The file is not what its format or encoding says: nothing in it can be trusted to import. */
public final class UnreadableSheetException extends RuntimeException {

    public UnreadableSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
