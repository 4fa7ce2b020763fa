package io.deskpulse.demo;

import io.deskpulse.app.DashboardApplication;
import io.deskpulse.app.security.DemoUsers;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.ingestion.simulator.KafkaSink;
import io.deskpulse.ingestion.simulator.LiveSimulation;
import io.deskpulse.ingestion.simulator.SimulationSettings;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.StreamJobs;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.localstack.LocalServers;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole product on one machine, with no Docker: a Kafka broker, the ClickHouse engine, the
 * stream jobs on an embedded Flink MiniCluster, live simulated tickets and the dashboard app. Closing it
 * stops everything in the reverse order.
 */
public final class LocalDemo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDemo.class);
    private static final long DEMO_SEED = 42;
    /** Busy enough that the queue moves every few seconds in some region's working hours. */
    private static final int DEMO_TICKETS_PER_DAY = 5000;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private String appUrl;
    private KafkaConfig kafka;
    private ClickHouseConfig clickHouse;

    public static LocalDemo start(DemoSettings settings) throws Exception {
        LocalDemo demo = new LocalDemo();
        try {
            demo.startAll(settings);
            return demo;
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
    }

    private void startAll(DemoSettings settings) throws Exception {
        LocalServers servers = keep(LocalServers.start(settings.dataDir(), settings.kafkaPort(),
                settings.clickHousePort()));
        kafka = KafkaConfig.fromEnvironment().withBootstrapServers(servers.kafkaBootstrapServers());
        clickHouse = ClickHouseConfig.local(servers.clickHouseEndpoint());
        JobConfig jobs = JobConfig.fromEnvironment().replayingFromEarliest();
        TicketTopics.ensureExist(kafka, List.of(jobs.alertsTopic()), List.of(jobs.configTopic()));
        new MigrationRunner(clickHouse).migrate();

        Configuration flinkConfig = new Configuration();
        flinkConfig.set(RestOptions.BIND_PORT, "0");
        // The JobManager-memory default caps state at a few MB: checkpoints would fail past ~25k tickets.
        flinkConfig.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        flinkConfig.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                settings.dataDir().resolve("flink-checkpoints").toUri().toString());
        // The MiniClusters keep no state across demo runs: replaying the kept topics rebuilds it.
        RegionZones zones = RegionZones.fromEnvironment(System.getenv());
        List<JobClient> flinkJobs = List.of(
                StreamJobs.startSlaMonitor(StreamExecutionEnvironment.createLocalEnvironment(2, flinkConfig),
                        kafka.bootstrapServers(), kafka.ticketEventsTopic(), clickHouse, jobs),
                StreamJobs.startWorkload(StreamExecutionEnvironment.createLocalEnvironment(2, flinkConfig),
                        kafka.bootstrapServers(), kafka.ticketEventsTopic(), clickHouse, jobs, zones),
                StreamJobs.startSatisfaction(StreamExecutionEnvironment.createLocalEnvironment(2, flinkConfig),
                        kafka.bootstrapServers(), kafka.ticketEventsTopic(), clickHouse, jobs, zones));
        for (JobClient job : flinkJobs) {
            running.push(() -> job.cancel().get());
        }

        if (settings.generateTickets()) {
            TicketEventPublisher publisher = keep(new TicketEventPublisher(kafka));
            // The desk in real time, after the last hour as a backlog so that the dashboards start full.
            keep(LiveSimulation.start(new SimulationSettings(DEMO_SEED, DEMO_TICKETS_PER_DAY), 1, Duration.ofHours(1),
                    Clock.systemUTC(), new KafkaSink(publisher)));
        }

        ConfigurableApplicationContext app = new SpringApplicationBuilder(DashboardApplication.class)
                .properties(Map.of(
                        "server.port", String.valueOf(settings.appPort()),
                        "deskpulse.kafka.bootstrap-servers", kafka.bootstrapServers(),
                        "deskpulse.kafka.ticket-events-topic", kafka.ticketEventsTopic(),
                        "deskpulse.clickhouse.url", clickHouse.endpoint(),
                        "deskpulse.clickhouse.database", clickHouse.database(),
                        "deskpulse.alerts.topic", jobs.alertsTopic()))
                .run();
        running.push(app::close);
        appUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }

    public String appUrl() {
        return appUrl;
    }

    public KafkaConfig kafka() {
        return kafka;
    }

    public ClickHouseConfig clickHouse() {
        return clickHouse;
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                LOG.warn("stopping a demo component failed", e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        DemoSettings settings = DemoSettings.fromEnvironment(System.getenv());
        LocalDemo demo = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "demo-shutdown"));
        System.out.printf("""

                DeskPulse is running: %s
                Demo users (for trying it out only):
                %s
                Kafka %s, ClickHouse %s, data in %s
                Press Ctrl-C to stop.

                """, demo.appUrl(), DemoUsers.describe(), demo.kafka().bootstrapServers(),
                demo.clickHouse().endpoint(), settings.dataDir());
        Thread.currentThread().join();
    }
}
