package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.TicketEvent;

/** Where simulated events go, in the order they are generated. */
@FunctionalInterface
public interface EventSink {

    void accept(TicketEvent event);
}
