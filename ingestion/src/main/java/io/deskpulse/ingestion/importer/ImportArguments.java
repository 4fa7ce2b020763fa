package io.deskpulse.ingestion.importer;

import java.nio.file.Path;

/**
 * The command line of {@code bin/import}. Options take their value as the next argument or after
 * {@code =}; exactly one file is imported.
 *
 * @param encoding null: the profile's
 * @param rejects null: {@code FILE-NAME.rejects.csv} in the working directory
 * @param kafka null: {@code DESKPULSE_KAFKA_BOOTSTRAP}
 * @param topic null: {@code DESKPULSE_TOPIC_TICKET_EVENTS}
 * @param out null: publish to Kafka
 * @param ledger null: the target's ledger in the default directory
 */
record ImportArguments(String profile, Path file, String encoding, boolean dryRun, Path rejects, String kafka,
        String topic, Path out, Path ledger, boolean help) {

    static final String USAGE = """
            usage: bin/import --profile PROFILE FILE [options]
              --profile P     a mapping profile: a JSON file, or a shipped one by name
                              (servicenow-incident, spreadsheet-cn)
              FILE            the export to import: .xlsx, or CSV (any other name)
              --encoding E    encoding of a CSV file: UTF-8 (a byte-order mark is fine), GB18030, ...
                              (default: the profile's)
              --dry-run       read and check everything, publish nothing; print the counts and the
                              first problems
              --rejects F     the rejected-rows report, CSV: row, column, value, reason (default:
                              FILE-NAME.rejects.csv in this directory, written when a row is rejected)
              --kafka H:P     Kafka bootstrap servers (default: $DESKPULSE_KAFKA_BOOTSTRAP or 127.0.0.1:9092)
              --topic T       topic (default: $DESKPULSE_TOPIC_TICKET_EVENTS or ticket-events)
              --out F         append the events to F as NDJSON instead of publishing them to Kafka
              --ledger F      the import ledger: ids of the events already published to this target
                              (default: one file per target in ~/.local/share/deskpulse/import-ledger)
            exit status: 0 imported, 1 some rows rejected (the others imported), 2 bad arguments or
            unreadable input (nothing imported, or the rows before the bad one), 3 the target failed
            """;

    static ImportArguments parse(String[] args) {
        String profile = null;
        Path file = null;
        String encoding = null;
        boolean dryRun = false;
        Path rejects = null;
        String kafka = null;
        String topic = null;
        Path out = null;
        Path ledger = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                return new ImportArguments(null, null, null, false, null, null, null, null, null, true);
            }
            if (name.equals("--dry-run")) {
                dryRun = true;
                continue;
            }
            if (!name.startsWith("--")) {
                if (file != null) {
                    throw new UsageException("one file at a time: '" + file + "' and '" + name + "'");
                }
                file = Path.of(name);
                continue;
            }
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--profile" -> profile = value;
                case "--encoding" -> encoding = value;
                case "--rejects" -> rejects = Path.of(value);
                case "--kafka" -> kafka = value;
                case "--topic" -> topic = value;
                case "--out" -> out = Path.of(value);
                case "--ledger" -> ledger = Path.of(value);
                default -> throw new UsageException(name + " is not an option");
            }
        }
        if (profile == null) {
            throw new UsageException("--profile is required");
        }
        if (file == null) {
            throw new UsageException("the file to import is missing");
        }
        if (out != null && (kafka != null || topic != null)) {
            throw new UsageException("--out writes a file instead of publishing: it goes with neither --kafka "
                    + "nor --topic");
        }
        return new ImportArguments(profile, file, encoding, dryRun, rejects, kafka, topic, out, ledger, false);
    }

    /** A command line that cannot be run; the message says why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
