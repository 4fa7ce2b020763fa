package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes events as NDJSON: one {@link TicketEventCodec} JSON object per line, as {@code bin/sla-replay} reads them. */
public final class NdjsonSink implements EventSink, AutoCloseable {

    private final OutputStream out;

    /** Writes to {@code out}, which {@link #close()} closes. */
    public NdjsonSink(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    @Override
    public void accept(TicketEvent event) {
        try {
            out.write(TicketEventCodec.encode(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out what is buffered, without closing (for standard output). */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
