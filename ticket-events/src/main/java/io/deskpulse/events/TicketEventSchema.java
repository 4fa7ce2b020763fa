package io.deskpulse.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The event contract as a JSON Schema (draft 2020-12), for producers outside this code base: the
 * HTTP API serves it. It describes what {@link TicketEventCodec} accepts; a shared corpus of samples
 * keeps the two in step.
 */
public final class TicketEventSchema {

    private static final String RESOURCE = "ticket-event.schema.json";

    private TicketEventSchema() {}

    /** The schema document, UTF-8. */
    public static byte[] json() {
        try (InputStream in = TicketEventSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
