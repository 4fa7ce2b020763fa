package io.deskpulse.jobs;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.util.List;

/**
 * One job test's own corner of the shared local stack: topics and a migrated database named after
 * the test, so that tests sharing the broker and the engine never see each other's data.
 */
public record JobTestStack(KafkaConfig kafka, ClickHouseConfig warehouse, String alertsTopic, String configTopic) {

    public static JobTestStack prepare(LocalStackEndpoints stack, String name) {
        KafkaConfig kafka = new KafkaConfig(stack.kafkaBootstrapServers(), name + "-events", 3);
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint())
                .withDatabase(name.replace('-', '_'));
        JobTestStack test = new JobTestStack(kafka, warehouse, name + "-alerts", name + "-config");
        TicketTopics.ensureExist(kafka, List.of(test.alertsTopic()), List.of(test.configTopic()));
        new MigrationRunner(warehouse).migrate();
        return test;
    }
}
