package io.deskpulse.jobs.cells;

import io.deskpulse.events.TicketEvent;
import java.io.Serializable;
import java.time.Instant;

/** Something that happened to a ticket: one of its events, or a warning or breach the SLA monitor reported. */
public sealed interface TicketFact extends Serializable {

    String ticketId();

    Instant at();

    /** The same fact delivered twice (a redelivery, a replay of the topic). */
    boolean sameAs(TicketFact other);

    record Event(TicketEvent event) implements TicketFact {
        @Override
        public String ticketId() {
            return event.ticketId();
        }

        @Override
        public Instant at() {
            return event.occurredAt();
        }

        @Override
        public boolean sameAs(TicketFact other) {
            return other instanceof Event(TicketEvent e) && e.eventId().equals(event.eventId());
        }
    }

    /**
     * A warning or breach from the {@code sla-alerts} topic; one clock's threshold is reported once
     * per cycle, so (metric, cycle, kind, pct) identifies it.
     */
    record Alert(String ticketId, String metric, int cycle, String kind, int pct, Instant at) implements TicketFact {

        public boolean isBreach() {
            return "BREACH".equals(kind);
        }

        @Override
        public boolean sameAs(TicketFact other) {
            return other instanceof Alert a && a.ticketId.equals(ticketId) && a.metric.equals(metric)
                    && a.cycle == cycle && a.kind.equals(kind) && a.pct == pct;
        }
    }
}
