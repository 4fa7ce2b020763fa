package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One fact about a ticket, as carried on the {@code ticket-events} topic. The Kafka record key is
 * {@link #ticketId()}, so all events of a ticket stay ordered in one partition.
 */
public sealed interface TicketEvent permits TicketCreated, TicketAssigned, AgentReplied, CustomerReplied, StatusChanged,
        PriorityChanged, TicketResolved, TicketReopened, TicketClosed, SatisfactionRated, WorkLogged {

    int SCHEMA = 1;

    /** Idempotency key: an event id seen before has no effect. */
    UUID eventId();

    String ticketId();

    /** Event time: when it happened at the desk, not when it reached us. */
    Instant occurredAt();

    /** Who produced it: intake, api, import, simulator, or an importer's name. */
    String source();

    EventType type();
}
