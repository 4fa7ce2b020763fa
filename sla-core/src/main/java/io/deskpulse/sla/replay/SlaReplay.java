package io.deskpulse.sla.replay;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.TicketSla;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/sla-replay --config CONFIG.json --events EVENTS.ndjson [--until INSTANT]}: the
 * command-line contract of SLA-SPEC.md ("sla-replay"). Reads every event, applies those not after
 * {@code --until} ticket by ticket, advances each ticket to {@code --until} and writes one JSON
 * line per clock. Invalid configuration or input: exit status 2, one line
 * {@code FILE:LINE: field 'PATH': message} on standard error, nothing on standard output.
 */
public final class SlaReplay {

    static final int OK = 0;
    static final int INVALID = 2;
    /** Where problems with the command line itself are reported, in the same one-line form. */
    static final String COMMAND_LINE = "sla-replay";

    private SlaReplay() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; paths are resolved against the working directory. Returns the exit status. */
    public static int run(String[] args, OutputStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args);
            PolicyBook book = readConfiguration(arguments.config());
            EventLog log = EventLog.read(arguments.events());
            Instant until = arguments.until() != null ? arguments.until() : log.latest();
            List<ClockSnapshot> clocks = until == null ? List.of() : replay(book, log.events(), until);
            write(clocks, out);
            return OK;
        } catch (InvalidInput e) {
            err.println(e.getMessage());
            err.flush();
            return INVALID;
        }
    }

    /** Every clock of every ticket created by {@code until}, sorted by ticket id, metric and cycle. */
    static List<ClockSnapshot> replay(PolicyBook book, List<TicketEvent> events, Instant until) {
        Map<String, List<TicketEvent>> byTicket = new HashMap<>();
        for (TicketEvent event : events) {
            if (!event.occurredAt().isAfter(until)) {
                byTicket.computeIfAbsent(event.ticketId(), id -> new ArrayList<>()).add(event);
            }
        }
        List<String> ticketIds = new ArrayList<>(byTicket.keySet());
        ticketIds.sort(SlaReplay::compareCodePoints);
        List<ClockSnapshot> clocks = new ArrayList<>();
        for (String ticketId : ticketIds) {
            TicketSla ticket = TicketSla.replay(byTicket.get(ticketId), book);
            if (ticket != null) {
                ticket.advanceTo(until);
                clocks.addAll(ticket.snapshots());
            }
        }
        return clocks;
    }

    /** Plain string order: by Unicode code point (the order of the UTF-8 bytes), not UTF-16 unit. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static PolicyBook readConfiguration(String file) {
        byte[] bytes = readFile(file);
        try {
            return ConfigurationReader.read(bytes);
        } catch (ConfigurationException e) {
            throw new InvalidInput(file, e.line(), e.path(), e.getMessage());
        }
    }

    static byte[] readFile(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput(file, 1, "", "cannot be read: " + e);
        }
    }

    private static void write(List<ClockSnapshot> clocks, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder line = new StringBuilder(512);
            for (ClockSnapshot clock : clocks) {
                line.setLength(0);
                ClockJson.append(clock, line);
                line.append('\n');
                writer.append(line);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command's options. */
    record Arguments(String config, String events, Instant until) {

        static Arguments parse(String[] args) {
            String config = null;
            String events = null;
            Instant until = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                String value;
                int equals = name.indexOf('=');
                if (name.startsWith("--") && equals > 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw usage(name, "needs a value");
                }
                switch (name) {
                    case "--config" -> config = value;
                    case "--events" -> events = value;
                    case "--until" -> until = parseUntil(value);
                    default -> throw usage(name, "is not an option: usage: sla-replay --config CONFIG.json "
                            + "--events EVENTS.ndjson [--until INSTANT]");
                }
            }
            if (config == null) {
                throw usage("--config", "is required");
            }
            if (events == null) {
                throw usage("--events", "is required");
            }
            return new Arguments(config, events, until);
        }

        private static Instant parseUntil(String text) {
            Instant instant;
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw usage("--until", "must be an ISO-8601 instant with Z or an offset, got '" + text + "'");
            }
            if (instant.getNano() != 0) {
                throw usage("--until", "must be a whole second (a fraction must be zero), got '" + text + "'");
            }
            return instant;
        }

        private static InvalidInput usage(String option, String message) {
            return new InvalidInput(COMMAND_LINE, 1, option, message);
        }
    }

    /** Invalid configuration, input or command line: reported as {@code FILE:LINE: field 'PATH': message}. */
    static final class InvalidInput extends RuntimeException {
        InvalidInput(String file, int line, String path, String message) {
            super((file + ":" + line + ": field '" + path + "': " + message).replaceAll("[\\r\\n]+", " "), null, false, false);
        }
    }
}
