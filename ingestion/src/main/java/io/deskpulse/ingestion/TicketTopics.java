package io.deskpulse.ingestion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics the product needs when they are missing; safe to call on every start. */
public final class TicketTopics {

    private TicketTopics() {}

    /** The event topic, its dead-letter topic and {@code otherTopics}, each created if missing. */
    public static void ensureExist(KafkaConfig config, String... otherTopics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> missing = List.of(
                            new NewTopic(config.ticketEventsTopic(), config.partitions(), (short) 1),
                            new NewTopic(config.deadLetterTopic(), 1, (short) 1))
                    .stream().filter(topic -> !existing.contains(topic.name())).collect(Collectors.toList());
            for (String other : otherTopics) {
                if (!existing.contains(other)) {
                    missing.add(new NewTopic(other, config.partitions(), (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topics of " + config.ticketEventsTopic()
                        + " on " + config.bootstrapServers(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
