package io.deskpulse.ingestion.importer.profile;

import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** A profile whose columns have been found in a file's header: reads the fields of its rows. */
public final class BoundProfile {

    private static final int[] NO_COLUMNS = new int[0];

    private final Profile profile;
    private final String file;
    private final Map<String, int[]> columns;

    private BoundProfile(Profile profile, String file, Map<String, int[]> columns) {
        this.profile = profile;
        this.file = file;
        this.columns = columns;
    }

    /**
     * Finds each field's columns in the header (as written, else ignoring case). The columns of
     * required fields without a default must all be there, else a {@link ProfileException} names
     * every one missing. Any other missing column is reported to {@code warnings}, and read as blank.
     */
    public static BoundProfile bind(Profile profile, String file, List<String> header, Consumer<String> warnings) {
        List<String> names = new ArrayList<>(header.size());
        for (String name : header) {
            names.add(name == null ? "" : profile.normalisation().apply(name));
        }
        Map<String, int[]> columns = new HashMap<>();
        List<String> missingRequired = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (FieldSpec spec : profile.fields().values()) {
            List<Integer> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String column : spec.columns()) {
                int index = find(names, profile.normalisation().apply(column));
                if (index >= 0) {
                    found.add(index);
                } else {
                    missing.add(column);
                }
            }
            columns.put(spec.name(), found.stream().mapToInt(Integer::intValue).toArray());
            if (missing.isEmpty()) {
                continue;
            }
            if (!found.isEmpty()) {
                notes.add("no column " + String.join(", ", missing) + ": " + spec.name() + " is read from the others");
            } else if (profile.kind().required().contains(spec.name()) && spec.defaultValue() == null) {
                missingRequired.add(spec.columnLabel() + " (" + spec.name() + ")");
            } else {
                notes.add("no column " + spec.columnLabel() + ": " + spec.name() + " is "
                        + (spec.defaultValue() == null ? "left empty" : "'" + spec.defaultValue() + "' on every row"));
            }
        }
        if (!missingRequired.isEmpty()) {
            throw new ProfileException(file + ": missing the columns " + String.join(", ", missingRequired)
                    + " that profile " + profile.name() + " needs; the file's columns are " + names);
        }
        notes.forEach(note -> warnings.accept(file + ": " + note));
        return new BoundProfile(profile, file, columns);
    }

    private static int find(List<String> names, String column) {
        int exact = names.indexOf(column);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    public Profile profile() {
        return profile;
    }

    public String file() {
        return file;
    }

    /** The fields of one row; problems found while reading them are collected on the result. */
    public FieldValues read(SheetRow row) {
        return new FieldValues(this, row);
    }

    int[] columns(String field) {
        return columns.getOrDefault(field, NO_COLUMNS);
    }
}
