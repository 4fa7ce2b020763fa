package io.deskpulse.jobs.source;

import io.deskpulse.events.TicketEvent;

/**
 * A ticket event and when it was appended to the topic by the wall clock. Comparing that with when
 * it is processed tells a job that is keeping up with live events from one catching up on a
 * backlog, whatever the events' own dates.
 */
public record ArrivedEvent(TicketEvent event, long appendedAt) {

    public String ticketId() {
        return event.ticketId();
    }
}
