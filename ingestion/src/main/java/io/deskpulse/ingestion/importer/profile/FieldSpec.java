package io.deskpulse.ingestion.importer.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one event field is read from a row.
 *
 * @param columns the columns it comes from (none: always {@code defaultValue}); several are joined
 *     with {@code join}, blank and unknown ones left out (a category path from category and subcategory)
 * @param values value map, keys normalised and case-folded like the cells they are matched against
 * @param otherwise the value of a cell that is not in {@code values}; null to keep the cell as it is
 * @param strict whether a cell not in {@code values} (and no {@code otherwise}) rejects the row
 * @param defaultValue the value when every column is blank or unknown; null: the field is absent
 * @param letterCase case folding before the value map, or null
 * @param unknownValues this field's extra spellings of "unknown", besides the profile's
 */
public record FieldSpec(
        String name,
        List<String> columns,
        String join,
        Map<String, String> values,
        String otherwise,
        boolean strict,
        String defaultValue,
        LetterCase letterCase,
        Set<String> unknownValues) {

    public boolean hasColumns() {
        return !columns.isEmpty();
    }

    /** The column label for reports: {@code priority}, or {@code category+subcategory}. */
    public String columnLabel() {
        return columns.isEmpty() ? "(" + name + ")" : String.join("+", columns);
    }
}
