package io.deskpulse.jobs.sla;

import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code bin/sla-config FILE}: validates an SLA configuration document and publishes it to the
 * {@code sla-config} topic, keyed by its version, for the running job to apply to tickets created
 * from its {@code effectiveFrom}. An invalid document is refused here with file, line and field,
 * and is never published.
 */
public final class SlaConfigurationPublisher {

    private SlaConfigurationPublisher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: bin/sla-config CONFIG.json");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        byte[] document = Files.readAllBytes(file);
        ConfigurationReader.Document parsed;
        try {
            parsed = ConfigurationReader.readDocument(document);
        } catch (ConfigurationException e) {
            System.err.println(file + ":" + e.line() + ": field '" + e.path() + "': " + e.getMessage());
            System.exit(2);
            return;
        }
        if (parsed.version() == null || parsed.effectiveFrom() == null) {
            System.err.println(file + ":1: field '': a published document needs a version and an effectiveFrom");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        String bootstrap = env.getOrDefault("DESKPULSE_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        String topic = env.getOrDefault("DESKPULSE_TOPIC_SLA_CONFIG", "sla-config");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, parsed.version(), document)).get();
        }
        System.out.println("published SLA configuration " + parsed.version() + " (in force from "
                + parsed.effectiveFrom() + ") to " + topic + " on " + bootstrap);
    }

}
