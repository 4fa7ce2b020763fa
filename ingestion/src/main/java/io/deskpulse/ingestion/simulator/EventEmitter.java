package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.TicketEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns the lifecycle's steps into events of visible tickets, with event ids drawn from their own
 * seeded stream (so ids are reproducible, and independent of how many draws the desk model makes).
 */
final class EventEmitter {

    static final String SOURCE = "simulator";

    /** Builds one event from its common fields. */
    @FunctionalInterface
    interface Factory {
        TicketEvent make(UUID eventId, String ticketId, Instant occurredAt, String source);
    }

    private final EventSink sink;
    private final Dice ids;
    private long emitted;

    EventEmitter(EventSink sink, Dice ids) {
        this.sink = sink;
        this.ids = ids;
    }

    void emit(SimulatedTicket ticket, long at, Factory factory) {
        if (ticket.visible) {
            sink.accept(factory.make(nextId(), ticket.id, Instant.ofEpochSecond(at), SOURCE));
            emitted++;
        }
    }

    long emitted() {
        return emitted;
    }

    /** A version-4 (random) UUID from the seeded stream. */
    private UUID nextId() {
        long high = ids.nextLong() & ~0xF000L | 0x4000L;
        long low = ids.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
