package io.deskpulse.app.alerts;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.Subscribers;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.ingestion.KafkaConfig;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code sla-alerts} for the whole app: one consumer, without a group (every app instance
 * sees every alert), starting from the last {@code deskpulse.alerts.history}; keeps the newest
 * alerts for the lists and hands each new one to the subscribed screens it concerns. A broker that
 * is away only delays alerts: the consumer keeps trying, and the app runs meanwhile.
 */
@Component
public class AlertFeed {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

    private final String bootstrapServers;
    private final String topic;
    private final Duration history;
    private final int keep;
    private final Clock clock;
    private final Deque<SlaAlertNotice> recent = new ArrayDeque<>();
    private final Subscribers<SlaAlertNotice> subscribers = new Subscribers<>();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean running = true;
    private Thread reader;

    public AlertFeed(KafkaConfig kafka, DeskPulseProperties properties, Clock clock) {
        this.bootstrapServers = kafka.bootstrapServers();
        this.topic = properties.alerts().topicOrDefault();
        this.history = properties.alerts().history();
        this.keep = properties.alerts().keep();
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        reader = Thread.ofVirtual().name("sla-alert-feed").start(this::readUntilStopped);
    }

    /** Calls {@code listener} with each new alert that concerns {@code viewer}, on the feed's thread. */
    public Runnable subscribe(Viewer viewer, Consumer<SlaAlertNotice> listener) {
        return subscribers.add(alert -> {
            if (alert.concerns(viewer)) {
                listener.accept(alert);
            }
        });
    }

    /** The newest alerts that concern {@code viewer}, newest first. */
    public List<SlaAlertNotice> recent(Viewer viewer, int limit) {
        List<SlaAlertNotice> shown = new ArrayList<>();
        synchronized (recent) {
            for (SlaAlertNotice alert : recent) {
                if (shown.size() == limit) {
                    break;
                }
                if (alert.concerns(viewer)) {
                    shown.add(alert);
                }
            }
        }
        return shown;
    }

    private void readUntilStopped() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.CLIENT_ID_CONFIG, "deskpulse-app-alerts",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                consumer = kafka;
                List<TopicPartition> partitions = partitions(kafka);
                kafka.assign(partitions);
                seekToHistory(kafka, partitions);
                while (running) {
                    for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                        receive(record.value());
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("SLA alerts from {} at {} unavailable ({}); trying again in 5 s", topic, bootstrapServers,
                        e.toString());
                pause();
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> kafka) {
        while (running) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            pause();
        }
        throw new WakeupException();
    }

    private void seekToHistory(KafkaConsumer<byte[], byte[]> kafka, List<TopicPartition> partitions) {
        long since = clock.instant().minus(history).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, since));
        Map<TopicPartition, OffsetAndTimestamp> offsets = kafka.offsetsForTimes(times);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset != null) {
                kafka.seek(partition, offset.offset());
            } else {
                kafka.seekToEnd(List.of(partition));
            }
        }
    }

    private void receive(byte[] json) {
        SlaAlertNotice alert;
        try {
            alert = SlaAlertNotice.parse(json);
        } catch (Exception e) {
            LOG.warn("Skipped an unreadable SLA alert: {}", e.toString());
            return;
        }
        synchronized (recent) {
            recent.addFirst(alert);
            while (recent.size() > keep) {
                recent.removeLast();
            }
        }
        subscribers.publish(alert);
    }

    private void pause() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (reader != null) {
            reader.interrupt();
            reader.join(Duration.ofSeconds(5));
        }
    }
}
