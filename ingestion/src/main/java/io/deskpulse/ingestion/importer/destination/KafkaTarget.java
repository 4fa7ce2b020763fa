package io.deskpulse.ingestion.importer.destination;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.ingestion.importer.dedup.ImportLedger;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes to the ticket-events topic through {@link TicketEventPublisher} (idempotent, keyed by
 * ticket id, so each ticket's events keep the order they were handed over in). Up to
 * {@value #IN_FLIGHT} events are awaiting acknowledgement at once; each id goes into the ledger as
 * its acknowledgement comes, in order.
 */
public final class KafkaTarget implements EventTarget {

    private static final int IN_FLIGHT = 20_000;
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final KafkaConfig config;
    private final TicketEventPublisher publisher;
    private final ImportLedger ledger;
    private final ArrayDeque<Sent> awaiting = new ArrayDeque<>();

    private KafkaTarget(KafkaConfig config, ImportLedger ledger) {
        this.config = config;
        this.publisher = new TicketEventPublisher(config);
        this.ledger = ledger;
    }

    /** The target's name in its ledger and in messages. */
    public static String name(KafkaConfig config) {
        return "kafka " + config.bootstrapServers() + " topic " + config.ticketEventsTopic();
    }

    /** Checks that the broker answers (a producer would wait a minute), and creates the topics if missing. */
    public static KafkaTarget connect(KafkaConfig config, ImportLedger ledger) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, CONNECT_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CONNECT_TIMEOUT_MS))) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(CONNECT_TIMEOUT_MS)).clusterId()
                    .get(CONNECT_TIMEOUT_MS + 5_000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new TargetException("cannot reach Kafka at " + config.bootstrapServers() + " within "
                    + CONNECT_TIMEOUT_MS / 1000 + " s (give its address with --kafka or DESKPULSE_KAFKA_BOOTSTRAP)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while connecting to Kafka", e);
        }
        TicketTopics.ensureExist(config);
        return new KafkaTarget(config, ledger);
    }

    /** The publisher encodes the event itself (the same bytes as {@code json}). */
    @Override
    public void publish(TicketEvent event, byte[] json) {
        awaiting.add(new Sent(event.eventId(), publisher.publish(event)));
        if (awaiting.size() > IN_FLIGHT) {
            settle(awaiting.poll());
        }
    }

    @Override
    public void finish() {
        while (!awaiting.isEmpty()) {
            settle(awaiting.poll());
        }
        ledger.flush();
    }

    private void settle(Sent sent) {
        try {
            sent.acknowledged.get();
            ledger.record(sent.eventId);
        } catch (ExecutionException e) {
            ledger.flush();
            throw new TargetException("Kafka at " + config.bootstrapServers() + " did not take event " + sent.eventId
                    + " on " + config.ticketEventsTopic() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while publishing", e);
        }
    }

    @Override
    public void close() {
        publisher.close();
    }

    private record Sent(UUID eventId, CompletableFuture<RecordMetadata> acknowledged) {}
}
