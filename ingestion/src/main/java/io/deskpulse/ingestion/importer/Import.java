package io.deskpulse.ingestion.importer;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.importer.dedup.ImportLedger;
import io.deskpulse.ingestion.importer.dedup.LedgerException;
import io.deskpulse.ingestion.importer.profile.Profile;
import io.deskpulse.ingestion.importer.profile.ProfileException;
import io.deskpulse.ingestion.importer.profile.ProfileReader;
import io.deskpulse.ingestion.importer.profile.RowProblem;
import io.deskpulse.ingestion.importer.sheet.SheetFile;
import io.deskpulse.ingestion.importer.sheet.UnreadableSheetException;
import io.deskpulse.ingestion.importer.destination.DryRunTarget;
import io.deskpulse.ingestion.importer.destination.EventTarget;
import io.deskpulse.ingestion.importer.destination.KafkaTarget;
import io.deskpulse.ingestion.importer.destination.NdjsonTarget;
import io.deskpulse.ingestion.importer.destination.TargetException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code bin/import --profile P FILE [options]}: bulk import of a ticket export (CSV or XLSX) as
 * ticket events, to Kafka or an NDJSON file. See {@link ImportArguments#USAGE} and docs/import.md.
 * User mistakes (arguments, profile, unreadable file, unreachable target) end with one message on
 * standard error and an exit status, never a stack trace.
 */
public final class Import {

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int INVALID = 2;
    public static final int TARGET_FAILED = 3;

    private static final Duration PROGRESS_LINE_EVERY = Duration.ofSeconds(10);

    private Import() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; the counts go to {@code out}, progress, warnings and problems to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ImportArguments arguments;
        try {
            arguments = ImportArguments.parse(args);
        } catch (ImportArguments.UsageException e) {
            err.println("import: " + e.getMessage());
            err.print(ImportArguments.USAGE);
            return INVALID;
        }
        if (arguments.help()) {
            out.print(ImportArguments.USAGE);
            return OK;
        }
        try {
            return run(arguments, out, err);
        } catch (ProfileException | LedgerException | UnreadableSheetException e) {
            err.println("import: " + e.getMessage());
            return INVALID;
        }
    }

    private static int run(ImportArguments arguments, PrintStream out, PrintStream err) {
        Profile profile = ProfileReader.load(arguments.profile());
        Charset encoding = profile.encoding();
        if (arguments.encoding() != null) {
            encoding = ProfileReader.encoding(arguments.encoding());
            if (encoding == null) {
                throw new ProfileException("--encoding: '" + arguments.encoding()
                        + "' is not an encoding (e.g. UTF-8, GB18030)");
            }
        }
        SheetFile file = new SheetFile(arguments.file(), encoding, profile.delimiter(), profile.sheet());
        KafkaConfig kafka = kafkaConfig(arguments);
        String targetName = arguments.out() != null ? NdjsonTarget.name(arguments.out()) : KafkaTarget.name(kafka);
        Path ledgerFile = arguments.ledger() != null ? arguments.ledger() : ImportLedger.defaultFile(targetName);
        Path rejectsFile = arguments.rejects() != null ? arguments.rejects()
                : Path.of(arguments.file().getFileName() + ".rejects.csv");
        ImportLedger ledger = ImportLedger.open(ledgerFile, targetName);
        String destination = arguments.dryRun() ? "dry run, nothing published" : targetName;
        out.println("import " + arguments.file() + " (" + file.description() + ") with profile " + profile.name()
                + " -> " + destination);
        ProgressMeter progress = new ProgressMeter(err, System.console() != null, PROGRESS_LINE_EVERY);
        try (ledger;
                RejectsReport rejects = arguments.rejects() != null
                        ? RejectsReport.always(rejectsFile) : RejectsReport.whenNeeded(rejectsFile);
                EventTarget target = openTarget(arguments, kafka, ledger, err)) {
            Importer importer = new Importer(profile, file, target, ledger, rejects,
                    progress, warning -> err.println("import: warning: " + warning));
            int status = importRows(importer, target, err);
            rejects.close();
            if (status == OK || importer.counts().rows() > 0) {
                importer.counts().print(out, arguments.dryRun());
            }
            report(rejects, out, err);
            if (status != OK) {
                return status;
            }
            return importer.counts().rejectedRows() > 0 ? REJECTED : OK;
        } catch (TargetException e) {
            err.println("import: " + e.getMessage());
            return TARGET_FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println("import: " + e.getMessage());
            return INVALID;
        }
    }

    /** Imports; a file that turns unreadable midway still leaves what was imported before it in the ledger. */
    private static int importRows(Importer importer, EventTarget target, PrintStream err) throws IOException {
        try {
            importer.run();
            return OK;
        } catch (UnreadableSheetException e) {
            target.finish();
            err.println("import: " + e.getMessage());
            if (importer.counts().events() > 0) {
                err.println("import: the events of the rows before it were published (" + importer.counts().events()
                        + "); after fixing the file, run again: the ledger skips them");
            }
            return INVALID;
        } catch (ProfileException e) {
            err.println("import: " + e.getMessage());
            return INVALID;
        }
    }

    private static EventTarget openTarget(ImportArguments arguments, KafkaConfig kafka, ImportLedger ledger,
            PrintStream err) {
        if (arguments.dryRun()) {
            return new DryRunTarget();
        }
        if (arguments.out() != null) {
            return NdjsonTarget.open(arguments.out(), ledger, note -> err.println("import: " + note));
        }
        try {
            return KafkaTarget.connect(kafka, ledger);
        } catch (IllegalStateException e) {
            throw new TargetException(e.getMessage(), e);
        }
    }

    private static KafkaConfig kafkaConfig(ImportArguments arguments) {
        KafkaConfig config = KafkaConfig.fromEnvironment();
        return new KafkaConfig(arguments.kafka() != null ? arguments.kafka() : config.bootstrapServers(),
                arguments.topic() != null ? arguments.topic() : config.ticketEventsTopic(), config.partitions());
    }

    private static void report(RejectsReport rejects, PrintStream out, PrintStream err) {
        if (rejects.count() == 0) {
            return;
        }
        err.println("import: " + rejects.count() + " problem(s)" + (rejects.count() > RejectsReport.SHOWN
                ? ", the first " + RejectsReport.SHOWN : "") + ":");
        for (RowProblem problem : rejects.first()) {
            err.println("  " + problem);
        }
        out.println("rejected rows report: " + rejects.written());
    }
}
