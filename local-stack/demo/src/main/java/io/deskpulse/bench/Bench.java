package io.deskpulse.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bin/bench SUBCOMMAND [OPTIONS]}: the benchmarks of the SLA engine and the sla-monitor job.
 * They print figures and assert nothing; goals are printed beside the figures.
 */
public final class Bench {

    private static final String USAGE = """
            usage: bin/bench SUBCOMMAND [OPTIONS]
              sla-throughput [--events N]   sla-monitor vs a bare consume-and-parse job on a MiniCluster
                                            (default 1,000,000 events)
              alert-latency [--tickets N]   breach instant to record on sla-alerts, quiet and busy stream
                            [--busy-rate R] (default 60 tickets per phase, 2,000 background events/s)
              state-size                    serialized keyed state per open ticket
              publisher [--events N]        TicketEventPublisher events/s to the embedded broker (default 1,000,000)
              warehouse [--tickets N]       tile queries p50/p95 on generated history (default 10,000,000
                        [--runs R]          tickets, 50 runs per query)
              cells [--events N]            workload and satisfaction jobs vs the bare job (default 1,000,000)
              replay [--events N]           bin/sla-replay events/s on a generated file (default 1,000,000)
              simulator [--days N]          the ticket simulator's history mode into a discarding sink
                [--tickets-per-day N]       (default 90 days of 2,000 tickets per day)
              import [--rows N]             bin/import rows/s and peak heap on a generated CSV, --out /dev/null
                                            (default 1,000,000 rows)
              page-latency [--tickets N]    event on ticket-events to its row on an open agent queue in
                                            headless Chromium, and a resolution to its row leaving (default 30)
              page-load [--tickets N]       each tier's page in headless Chromium over the warehouse bench's
                        [--runs R]          generated history (default 10,000,000 tickets, 10 loads per tier)
            """;

    private Bench() {}

    public static void main(String[] args) throws Exception {
        // The embedded broker, engine and MiniCluster are chatty; the benchmarks print their own figures.
        if (!Boolean.getBoolean("bench.verbose")) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
            for (String name : new String[] {"org.apache.kafka", "kafka", "org.apache.flink", "state.change.logger"}) {
                ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.ERROR);
            }
        }
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        Args options = Args.of(args, 1);
        switch (args[0]) {
            case "sla-throughput" -> SlaThroughputBench.run(options);
            case "alert-latency" -> AlertLatencyBench.run(options);
            case "state-size" -> StateSizeBench.run();
            case "cells" -> CellJobsThroughputBench.run(options);
            case "warehouse" -> WarehouseBench.run(options);
            case "publisher" -> PublisherBench.run(options);
            case "replay" -> ReplayBench.run(options);
            case "simulator" -> SimulatorBench.run(options);
            case "import" -> ImportBench.run(options);
            case "page-latency" -> PageLatencyBench.run(options);
            case "page-load" -> PageLoadBench.run(options);
            default -> {
                System.err.print(USAGE);
                System.exit(2);
            }
        }
        System.exit(0); // non-daemon threads of the embedded servers must not keep the JVM alive
    }
}
