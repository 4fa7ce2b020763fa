package io.deskpulse.ingestion.importer.destination;

import io.deskpulse.events.TicketEvent;

/**
 * Where imported events go. Events are handed over in the order they must arrive (each ticket's in
 * time order); an event's id goes into the import ledger once the target holds it.
 */
public interface EventTarget extends AutoCloseable {

    /** @param json the event as {@code TicketEventCodec} encodes it */
    void publish(TicketEvent event, byte[] json);

    /** Waits until the target holds every event handed over, and the ledger records them. */
    void finish();

    @Override
    void close();
}
