package io.deskpulse.events;

import java.time.Instant;

/**
 * A record that is not a valid ticket event, kept for the dead-letter topic: its original bytes
 * untouched, why it was rejected, and where and when it was found. Nothing a producer sends is lost;
 * an operator can read, fix and republish it.
 */
public record DeadLetter(byte[] key, byte[] value, String reason, String topic, int partition, long offset,
        Instant rejectedAt) {

    /** Kafka header names under which the dead-letter topic carries everything but key and value. */
    public static final String REASON_HEADER = "dlq.reason";
    public static final String TOPIC_HEADER = "dlq.topic";
    public static final String PARTITION_HEADER = "dlq.partition";
    public static final String OFFSET_HEADER = "dlq.offset";
    public static final String REJECTED_AT_HEADER = "dlq.rejected-at";

    /** The dead-letter topic of an event topic: {@code ticket-events} -> {@code ticket-events-dlq}. */
    public static String topicFor(String eventTopic) {
        return eventTopic + "-dlq";
    }
}
