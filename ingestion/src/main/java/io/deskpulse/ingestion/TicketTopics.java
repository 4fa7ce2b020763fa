package io.deskpulse.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics the product needs when they are missing; safe to call on every start. */
public final class TicketTopics {

    private TicketTopics() {}

    /**
     * The event topic and its dead-letter topic, {@code otherTopics} (partitioned like the events),
     * and {@code compactedTopics}: one partition, compacted, for documents kept by key (the SLA
     * configuration versions).
     */
    public static void ensureExist(KafkaConfig config, List<String> otherTopics, List<String> compactedTopics) {
        List<NewTopic> wanted = new ArrayList<>();
        wanted.add(new NewTopic(config.ticketEventsTopic(), config.partitions(), (short) 1));
        wanted.add(new NewTopic(config.deadLetterTopic(), 1, (short) 1));
        otherTopics.forEach(topic -> wanted.add(new NewTopic(topic, config.partitions(), (short) 1)));
        compactedTopics.forEach(topic -> wanted.add(new NewTopic(topic, 1, (short) 1)
                .configs(Map.of("cleanup.policy", "compact"))));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = wanted.stream().filter(topic -> !existing.contains(topic.name())).toList();
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

    /** The event topic and its dead-letter topic. */
    public static void ensureExist(KafkaConfig config) {
        ensureExist(config, List.of(), List.of());
    }
}
