package io.deskpulse.jobs.source;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.events.TicketEvent;

/**
 * What one record of {@code ticket-events} turned out to be: an event, or a dead letter.
 * {@code appendedAt} is the record's Kafka timestamp: when it was produced, by the wall clock.
 */
public record ConsumedRecord(TicketEvent event, DeadLetter deadLetter, long appendedAt) {

    public static ConsumedRecord of(TicketEvent event, long appendedAt) {
        return new ConsumedRecord(event, null, appendedAt);
    }

    public static ConsumedRecord rejected(DeadLetter deadLetter, long appendedAt) {
        return new ConsumedRecord(null, deadLetter, appendedAt);
    }
}
