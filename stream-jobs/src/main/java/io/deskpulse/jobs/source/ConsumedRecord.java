package io.deskpulse.jobs.source;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.events.TicketEvent;

/** What one record of {@code ticket-events} turned out to be: an event, or a dead letter. */
public record ConsumedRecord(TicketEvent event, DeadLetter deadLetter) {

    public static ConsumedRecord of(TicketEvent event) {
        return new ConsumedRecord(event, null);
    }

    public static ConsumedRecord rejected(DeadLetter deadLetter) {
        return new ConsumedRecord(null, deadLetter);
    }
}
