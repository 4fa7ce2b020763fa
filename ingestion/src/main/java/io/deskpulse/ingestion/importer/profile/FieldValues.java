package io.deskpulse.ingestion.importer.profile;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The event fields of one row, read through the profile: each cell normalised, unknown spellings
 * treated as blank, several columns joined, case folded, the value map applied, and then converted
 * to the field's type. Every value that cannot be used becomes a {@link RowProblem} naming the row,
 * the column, the cell as written and the reason; the getter then returns null.
 */
public final class FieldValues {

    private final BoundProfile bound;
    private final Profile profile;
    private final SheetRow row;
    private final List<RowProblem> problems = new ArrayList<>(2);

    FieldValues(BoundProfile bound, SheetRow row) {
        this.bound = bound;
        this.profile = bound.profile();
        this.row = row;
    }

    public long row() {
        return row.number();
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public void problem(String field, String reason) {
        problems.add(new RowProblem(row.number(), profile.columnOf(field), raw(field), reason));
    }

    public String text(String field, Need need) {
        Resolved resolved = resolve(field);
        if (resolved.invalid) {
            return null;
        }
        String value = resolved.value;
        if (value == null && need != Need.KNOWN) {
            FieldSpec spec = profile.field(field);
            value = spec == null ? null : spec.defaultValue();
        }
        if (value == null && need == Need.REQUIRED) {
            problem(field, "is required; the cell is blank or unknown and the profile gives no default");
        }
        return value;
    }

    public Instant instant(String field, Need need) {
        String text = text(field, need);
        if (text == null) {
            return null;
        }
        Instant instant = profile.dates().parse(text);
        if (instant == null) {
            problem(field, "'" + text + "' is not a date-time in the formats " + profile.dates().describe());
        }
        return instant;
    }

    public Priority priority(String field, Need need) {
        String text = text(field, need);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (Priority priority : Priority.values()) {
            if (priority.name().equals(upper)) {
                return priority;
            }
        }
        problem(field, "'" + text + "' is not a priority P1..P4 (map it in the profile's values)");
        return null;
    }

    public Channel channel(String field, Need need) {
        String text = text(field, need);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Channel channel : Channel.values()) {
            if (channel.wireName().equals(lower)) {
                return channel;
            }
        }
        problem(field, "'" + text + "' is not a channel: phone, email, web, chat, wechat, api (map it in the "
                + "profile's values)");
        return null;
    }

    public TicketStatus status(String field, Need need) {
        String text = text(field, need);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (TicketStatus status : TicketStatus.values()) {
            if (status.name().equals(upper)) {
                return status;
            }
        }
        problem(field, "'" + text + "' is not a status " + Arrays.toString(TicketStatus.values())
                + " (map it in the profile's values)");
        return null;
    }

    public Long number(String field, Need need) {
        String text = text(field, need);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            problem(field, "'" + text + "' is not a whole number");
            return null;
        }
    }

    public Boolean flag(String field, Need need) {
        String text = text(field, need);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> {
                problem(field, "'" + text + "' is not true/false, yes/no, 1/0 or 是/否");
                yield null;
            }
        };
    }

    private Resolved resolve(String field) {
        FieldSpec spec = profile.field(field);
        if (spec == null) {
            return Resolved.BLANK;
        }
        String value = null;
        for (int column : bound.columns(field)) {
            String cell = profile.normalisation().apply(row.cell(column));
            if (cell == null || cell.isEmpty() || profile.unknownValues().contains(cell)
                    || spec.unknownValues().contains(cell)) {
                continue;
            }
            value = value == null ? cell : value + spec.join() + cell;
        }
        if (value == null) {
            return Resolved.BLANK;
        }
        if (spec.letterCase() != null) {
            value = spec.letterCase().apply(value);
        }
        if (spec.values().isEmpty()) {
            return new Resolved(value, false);
        }
        String mapped = spec.values().get(value);
        if (mapped != null) {
            return new Resolved(mapped, false);
        }
        if (spec.otherwise() != null) {
            return new Resolved(spec.otherwise(), false);
        }
        if (spec.strict()) {
            problem(field, "'" + value + "' is not in the profile's values for " + field + " "
                    + spec.values().keySet());
            return Resolved.INVALID;
        }
        return new Resolved(value, false);
    }

    /** The field's cells as written in the file (blank ones left out), for reports. */
    public String raw(String field) {
        FieldSpec spec = profile.field(field);
        if (spec == null) {
            return "";
        }
        StringBuilder raw = new StringBuilder();
        for (int column : bound.columns(field)) {
            String cell = row.cell(column);
            if (cell != null && !cell.isEmpty()) {
                raw.append(raw.isEmpty() ? "" : spec.join()).append(cell);
            }
        }
        return raw.toString();
    }

    private record Resolved(String value, boolean invalid) {
        static final Resolved BLANK = new Resolved(null, false);
        static final Resolved INVALID = new Resolved(null, true);
    }
}
