package io.deskpulse.ingestion.importer.mapping;

import io.deskpulse.events.TicketEvent;

/** An event made from a file, with the row it came from (for the rejected-rows report). */
public record ImportedEvent(TicketEvent event, long row) {}
