package io.deskpulse.ingestion.importer.profile;

/** What a reader of a field wants when the row has no value for it. */
public enum Need {
    /** The row's own value, or null: an unknown value means "no change" to whoever asks. */
    KNOWN,
    /** The row's value, else the profile's default, else null. */
    OR_DEFAULT,
    /** The row's value or the profile's default; without either the row is rejected. */
    REQUIRED
}
