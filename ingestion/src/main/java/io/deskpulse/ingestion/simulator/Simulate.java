package io.deskpulse.ingestion.simulator;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * {@code bin/simulate history|live [OPTIONS]}: the ticket simulator on the command line. Exit status
 * 0 on success, 1 when the run failed (Kafka unreachable, a file not writable), 2 for a command line
 * that cannot run; errors are one line on standard error, without a stack trace.
 */
public final class Simulate {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID = 2;

    static final String USAGE = """
            usage: bin/simulate history [--days N] [--end INSTANT] [--seed N] [--tickets-per-day N]
                                        (--out FILE | --kafka HOST:PORT [--topic NAME])
                   bin/simulate live [--speed F] [--backlog-hours H] [--seed N] [--tickets-per-day N]
                                     [--kafka HOST:PORT] [--topic NAME]

              history  the events of N days (default 30) of a simulated service desk, ending at INSTANT
                       (ISO-8601, whole seconds; default: the start of today, UTC), as fast as possible,
                       to an NDJSON file (--out FILE, - for standard output) or to Kafka; sorted by
                       occurredAt, then ticketId. The same settings give the same bytes.
              live     the desk in real time, or F times faster (--speed, default 1), published to Kafka as
                       each event's instant comes, after a backlog of the last H hours (--backlog-hours,
                       default 1). Runs until Ctrl-C.

              --seed N             the seed of every random draw (default 1)
              --tickets-per-day N  new tickets per day over all regions, on average (default 2000)
              --kafka HOST:PORT    the broker (live: default DESKPULSE_KAFKA_BOOTSTRAP, else 127.0.0.1:9092)
              --topic NAME         the topic (default DESKPULSE_TOPIC_TICKET_EVENTS, else ticket-events)
            """;

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STATUS_EVERY = Duration.ofSeconds(30);

    private final PrintStream out;
    private final PrintStream err;

    private Simulate(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Clock.systemUTC(), System.out, System.err));
    }

    /** Runs the command and returns its exit status; {@code clock} only gives {@code --end}'s default. */
    static int run(String[] args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.print(USAGE);
            return OK;
        }
        Simulate simulate = new Simulate(out, err);
        try {
            SimulateArguments parsed = SimulateArguments.parse(arguments, env,
                    clock.instant().truncatedTo(ChronoUnit.DAYS));
            return parsed.mode() == SimulateArguments.Mode.HISTORY ? simulate.history(parsed) : simulate.live(parsed);
        } catch (SimulateArguments.Invalid e) {
            err.println("simulate: " + e.getMessage());
            err.println("usage: bin/simulate history|live [OPTIONS]; bin/simulate --help for more");
            return INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("simulate: interrupted");
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("simulate: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    private int history(SimulateArguments args) throws IOException, InterruptedException {
        String target = args.out() != null ? args.out().toString()
                : args.kafka().ticketEventsTopic() + " on " + args.kafka().bootstrapServers();
        err.printf(Locale.ROOT, "simulate: history of %d days ending %s, seed %d, %d tickets per day -> %s%n",
                args.days(), args.end(), args.settings().seed(), args.settings().ticketsPerDay(), target);
        long started = System.nanoTime();
        RunSummary summary;
        if (args.out() != null) {
            boolean toStandardOutput = args.out().equals(SimulateArguments.STANDARD_OUTPUT);
            NdjsonSink sink = new NdjsonSink(toStandardOutput ? out : open(args.out()));
            try {
                summary = History.generate(args.settings(), args.end(), args.days(), sink);
            } finally {
                if (toStandardOutput) {
                    sink.flush();
                } else {
                    sink.close();
                }
            }
        } else {
            connect(args.kafka());
            try (TicketEventPublisher publisher = new TicketEventPublisher(args.kafka())) {
                KafkaSink sink = new KafkaSink(publisher);
                summary = History.generate(args.settings(), args.end(), args.days(), sink);
                sink.awaitAcknowledged(Duration.ofMinutes(2));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "simulate: %,d tickets, %,d events in %.1f s%n", summary.tickets(), summary.events(),
                seconds);
        return OK;
    }

    private static OutputStream open(Path file) throws IOException {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private int live(SimulateArguments args) throws InterruptedException {
        connect(args.kafka());
        TicketEventPublisher publisher = new TicketEventPublisher(args.kafka());
        KafkaSink sink = new KafkaSink(publisher);
        LiveSimulation live = LiveSimulation.start(args.settings(), args.speed(), args.backlog(), Clock.systemUTC(),
                sink);
        err.printf(Locale.ROOT, "simulate: live at speed %s, seed %d, %d tickets per day, backlog %d h -> %s on %s;"
                        + " Ctrl-C stops%n", args.speed(), args.settings().seed(), args.settings().ticketsPerDay(),
                args.backlog().toHours(), args.kafka().ticketEventsTopic(), args.kafka().bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            live.close();
            try {
                sink.awaitAcknowledged(KAFKA_TIMEOUT);
            } catch (InterruptedException | RuntimeException e) {
                err.println("simulate: " + e.getMessage());
            }
            publisher.close();
            err.printf(Locale.ROOT, "simulate: stopped after %,d events%n", sink.sent());
        }, "simulate-shutdown"));
        while (!live.await(STATUS_EVERY)) {
            RunSummary summary = live.summary();
            err.printf(Locale.ROOT, "simulate: %,d tickets, %,d events so far%n", summary.tickets(), summary.events());
        }
        return OK;
    }

    /** Fails fast, with a clear message, when the broker cannot be reached; creates the topics if missing. */
    private static void connect(KafkaConfig kafka) throws InterruptedException {
        Admin admin;
        try {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis()));
        } catch (KafkaException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot use Kafka at '" + kafka.bootstrapServers() + "': "
                    + cause.getMessage());
        }
        try {
            admin.describeCluster().nodes().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + kafka.bootstrapServers() + " within "
                    + KAFKA_TIMEOUT.toSeconds() + " s");
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
        TicketTopics.ensureExist(kafka);
    }
}
