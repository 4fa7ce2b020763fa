package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.events;
import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalStack.class)
class KafkaImportTest {

    @TempDir
    Path dir;

    @Test
    void importedEventsArriveKeyedByTicketInTimeOrderAndOnlyOnce(LocalStackEndpoints stack) {
        String topic = "import-test";
        Path ledger = dir.resolve("kafka.ids");
        Path expected = dir.resolve("expected.ndjson");
        ImportCommand.run("--profile", "servicenow-incident", sample("servicenow-incidents.csv"),
                "--out", expected.toString(), "--ledger", dir.resolve("file.ids").toString(),
                "--rejects", dir.resolve("rejects.csv").toString());

        ImportCommand first = ImportCommand.run("--profile", "servicenow-incident", sample("servicenow-incidents.csv"),
                "--kafka", stack.kafkaBootstrapServers(), "--topic", topic, "--ledger", ledger.toString(),
                "--rejects", dir.resolve("rejects.csv").toString());
        ImportCommand second = ImportCommand.run("--profile", "servicenow-incident", sample("servicenow-incidents.csv"),
                "--kafka", stack.kafkaBootstrapServers(), "--topic", topic, "--ledger", ledger.toString(),
                "--rejects", dir.resolve("rejects.csv").toString());

        assertEquals(Import.REJECTED, first.status(), first.toString());
        assertEquals(15, first.count("events published"));
        assertEquals(0, second.count("events published"));
        assertEquals(15, second.count("already imported"));
        List<ConsumerRecord<String, byte[]>> records = consume(stack.kafkaBootstrapServers(), topic, 15);
        assertEquals(15, records.size());
        List<TicketEvent> received = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TicketEvent event = ((DecodeResult.Accepted) TicketEventCodec.decode(record.value())).event();
            assertEquals(event.ticketId(), record.key());
            received.add(event);
        }
        for (String ticket : List.of("INC0001", "INC0002")) {
            assertEquals(events(expected).stream().filter(e -> e.ticketId().equals(ticket)).toList(),
                    received.stream().filter(e -> e.ticketId().equals(ticket)).toList(),
                    ticket + "'s events, in the order they were published");
        }
    }

    @Test
    void anUnreachableBrokerIsAClearErrorNotAStackTrace() {
        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), sample("tickets.csv"),
                "--kafka", "127.0.0.1:1", "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.TARGET_FAILED, run.status(), run.toString());
        assertTrue(run.err().contains("cannot reach Kafka at 127.0.0.1:1"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    private static List<ConsumerRecord<String, byte[]>> consume(String servers, String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "import-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // A moment more: anything published twice would show up now.
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        records.sort(Comparator.comparing((ConsumerRecord<String, byte[]> r) -> r.partition())
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }
}
