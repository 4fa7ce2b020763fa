package io.deskpulse.ingestion.importer.profile;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

/**
 * A mapping profile: how the rows of one kind of export become ticket events. Read from JSON by
 * {@link ProfileReader}; see docs/import.md for the format.
 *
 * @param source the {@code source} of every event it makes, and part of their event ids
 * @param encoding of CSV files, unless the command line says otherwise
 * @param sheet the worksheet of a workbook, null for the first
 * @param unknownValues spellings of "unknown" in every column (compared after normalisation), e.g. {@code ?}
 */
public record Profile(
        String name,
        ProfileKind kind,
        String source,
        Charset encoding,
        char delimiter,
        String sheet,
        DateReader dates,
        Normalisation normalisation,
        Set<String> unknownValues,
        Map<String, FieldSpec> fields) {

    public FieldSpec field(String name) {
        return fields.get(name);
    }

    /** The column(s) a field is read from, for reports; the field's name when it has none. */
    public String columnOf(String field) {
        FieldSpec spec = fields.get(field);
        return spec == null ? field : spec.columnLabel();
    }
}
