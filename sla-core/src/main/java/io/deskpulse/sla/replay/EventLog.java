package io.deskpulse.sla.replay;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The events file: one JSON event per line, blank lines skipped. Every line is validated; the
 * first invalid one stops the command. An event id already seen earlier in the file is dropped,
 * whatever its content; the latest {@code occurredAt} counts every valid line, duplicates included.
 */
record EventLog(List<TicketEvent> events, Instant latest) {

    static EventLog read(String file) {
        byte[] bytes = SlaReplay.readFile(file);
        List<TicketEvent> events = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Instant latest = null;
        int lineNumber = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            if (!isBlank(bytes, start, end)) {
                switch (TicketEventCodec.decode(bytes, start, end - start)) {
                    case DecodeResult.Accepted accepted -> {
                        TicketEvent event = accepted.event();
                        if (latest == null || event.occurredAt().isAfter(latest)) {
                            latest = event.occurredAt();
                        }
                        if (seen.add(event.eventId())) {
                            events.add(event);
                        }
                    }
                    case DecodeResult.Rejected rejected -> throw new SlaReplay.InvalidInput(file, lineNumber,
                            rejected.field() == null ? "" : rejected.field(), rejected.message());
                }
            }
            start = end + 1;
        }
        return new EventLog(events, latest);
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
