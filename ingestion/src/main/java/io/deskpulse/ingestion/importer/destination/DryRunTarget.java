package io.deskpulse.ingestion.importer.destination;

import io.deskpulse.events.TicketEvent;

/** {@code --dry-run}: every event is made and validated, and none is published or recorded. */
public final class DryRunTarget implements EventTarget {

    @Override
    public void publish(TicketEvent event, byte[] json) {
        // counted by the importer; nothing leaves the process
    }

    @Override
    public void finish() {
        // nothing was handed over
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
