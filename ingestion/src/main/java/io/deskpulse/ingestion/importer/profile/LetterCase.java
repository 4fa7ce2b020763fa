package io.deskpulse.ingestion.importer.profile;

import java.util.Locale;

/** A field's case folding, applied before its value map is looked up. */
enum LetterCase {
    UPPER, LOWER;

    String apply(String text) {
        return this == UPPER ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }
}
