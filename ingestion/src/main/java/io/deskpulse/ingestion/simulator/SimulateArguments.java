package io.deskpulse.ingestion.simulator;

import io.deskpulse.ingestion.KafkaConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code bin/simulate}, checked: every problem is a {@link Invalid} with a
 * message naming the option. {@code --end} defaults to the start of the current UTC day, resolved
 * here once (the simulation itself never reads the clock) and printed, so a run can be repeated.
 *
 * @param out the NDJSON file, {@code -} for standard output; null when publishing to Kafka
 * @param kafka where to publish; null when writing a file
 */
record SimulateArguments(Mode mode, SimulationSettings settings, int days, Instant end, Path out, KafkaConfig kafka,
        double speed, Duration backlog) {

    enum Mode { HISTORY, LIVE }

    static final long DEFAULT_SEED = 1;
    static final int DEFAULT_DAYS = 30;
    static final double DEFAULT_SPEED = 1;
    static final int DEFAULT_BACKLOG_HOURS = 1;
    static final Path STANDARD_OUTPUT = Path.of("-");

    private static final Set<String> COMMON = Set.of("--seed", "--tickets-per-day", "--kafka", "--topic");
    private static final Set<String> HISTORY_ONLY = Set.of("--days", "--end", "--out");
    private static final Set<String> LIVE_ONLY = Set.of("--speed", "--backlog-hours");

    /** A command line that cannot run, and why. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static SimulateArguments parse(List<String> args, Map<String, String> env, Instant today) throws Invalid {
        if (args.isEmpty()) {
            throw new Invalid("missing the mode: history or live");
        }
        Mode mode = switch (args.getFirst()) {
            case "history" -> Mode.HISTORY;
            case "live" -> Mode.LIVE;
            default -> throw new Invalid("unknown mode '" + args.getFirst() + "': expected history or live");
        };
        Map<String, String> options = options(args.subList(1, args.size()),
                mode == Mode.HISTORY ? HISTORY_ONLY : LIVE_ONLY);
        SimulationSettings settings = new SimulationSettings(
                longOption(options, "--seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) longOption(options, "--tickets-per-day", SimulationSettings.DEFAULT_TICKETS_PER_DAY, 1,
                        SimulationSettings.MAX_TICKETS_PER_DAY));
        KafkaConfig kafka = KafkaConfig.fromEnvironment(env);
        if (options.containsKey("--kafka")) {
            kafka = kafka.withBootstrapServers(options.get("--kafka"));
        }
        if (options.containsKey("--topic")) {
            kafka = new KafkaConfig(kafka.bootstrapServers(), options.get("--topic"), kafka.partitions());
        }
        if (mode == Mode.LIVE) {
            double speed = speed(options.get("--speed"));
            long backlogHours = longOption(options, "--backlog-hours", DEFAULT_BACKLOG_HOURS, 0, 24 * 30);
            return new SimulateArguments(mode, settings, 0, null, null, kafka, speed, Duration.ofHours(backlogHours));
        }
        int days = (int) longOption(options, "--days", DEFAULT_DAYS, 1, History.MAX_DAYS);
        Instant end = options.containsKey("--end") ? instant(options.get("--end")) : today;
        boolean toKafka = options.containsKey("--kafka");
        if (toKafka == options.containsKey("--out")) {
            throw new Invalid("history needs exactly one of --out FILE and --kafka HOST:PORT");
        }
        if (options.containsKey("--topic") && !toKafka) {
            throw new Invalid("--topic needs --kafka");
        }
        Path out = toKafka ? null : outputFile(options.get("--out"));
        return new SimulateArguments(mode, settings, days, end, out, toKafka ? kafka : null, 0, null);
    }

    private static Map<String, String> options(List<String> args, Set<String> modeOptions) throws Invalid {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!COMMON.contains(name) && !modeOptions.contains(name)) {
                boolean otherMode = HISTORY_ONLY.contains(name) || LIVE_ONLY.contains(name);
                throw new Invalid(otherMode ? name + " is not an option of this mode"
                        : "unknown option '" + name + "'");
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new Invalid(name + " needs a value");
            }
            if (options.put(name, args.get(i + 1)) != null) {
                throw new Invalid(name + " is given twice");
            }
        }
        return options;
    }

    private static long longOption(Map<String, String> options, String name, long defaultValue, long min, long max)
            throws Invalid {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value < min || value > max) {
                throw new Invalid(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Invalid(name + " must be a whole number, got '" + text + "'");
        }
    }

    private static double speed(String text) throws Invalid {
        if (text == null) {
            return DEFAULT_SPEED;
        }
        try {
            double speed = Double.parseDouble(text);
            if (!(speed > 0) || speed > 100_000) {
                throw new Invalid("--speed must be above 0 and at most 100000, got " + text);
            }
            return speed;
        } catch (NumberFormatException e) {
            throw new Invalid("--speed must be a number, got '" + text + "'");
        }
    }

    private static Instant instant(String text) throws Invalid {
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            if (instant.getNano() != 0) {
                throw new Invalid("--end must be a whole second, got '" + text + "'");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new Invalid("--end must be an ISO-8601 instant such as 2026-12-01T00:00:00Z, got '" + text + "'");
        }
    }

    private static Path outputFile(String text) throws Invalid {
        try {
            Path out = Path.of(text);
            if (out.equals(STANDARD_OUTPUT)) {
                return out;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new Invalid("--out: the directory " + parent + " does not exist");
            }
            if (Files.isDirectory(out)) {
                throw new Invalid("--out: " + text + " is a directory");
            }
            return out;
        } catch (InvalidPathException e) {
            throw new Invalid("--out: not a valid path: " + text);
        }
    }
}
