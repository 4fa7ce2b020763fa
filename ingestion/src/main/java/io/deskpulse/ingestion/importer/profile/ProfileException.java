package io.deskpulse.ingestion.importer.profile;

/** The profile, or the file's header against it, cannot be used: nothing is imported. */
public final class ProfileException extends RuntimeException {

    public ProfileException(String message) {
        super(message, null, false, false);
    }
}
