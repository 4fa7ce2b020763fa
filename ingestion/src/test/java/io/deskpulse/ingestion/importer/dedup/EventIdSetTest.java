package io.deskpulse.ingestion.importer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.EventType;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdSetTest {

    @Test
    void holdsWhatAHashSetHoldsThroughGrowth() {
        EventIdSet ids = new EventIdSet();
        Set<UUID> reference = new HashSet<>();
        EventIds names = new EventIds();
        for (int i = 0; i < 50_000; i++) {
            UUID id = names.of("test", "T-" + (i % 20_000), EventType.TICKET_CREATED, Instant.EPOCH, null);
            assertEquals(reference.add(id), ids.add(id));
        }
        assertEquals(reference.size(), ids.size());
        reference.forEach(id -> assertTrue(ids.contains(id)));
        assertFalse(ids.contains(UUID.randomUUID()));
    }

    @Test
    void eventIdsAreVersion5AndDependOnEveryPart() {
        EventIds names = new EventIds();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        UUID id = names.of("import", "T-1", EventType.TICKET_ASSIGNED, at, "agent-1");

        assertEquals(5, id.version());
        assertEquals(2, id.variant());
        assertEquals(id, new EventIds().of("import", "T-1", EventType.TICKET_ASSIGNED, at, "agent-1"));
        assertNotEquals(id, names.of("servicenow", "T-1", EventType.TICKET_ASSIGNED, at, "agent-1"));
        assertNotEquals(id, names.of("import", "T-2", EventType.TICKET_ASSIGNED, at, "agent-1"));
        assertNotEquals(id, names.of("import", "T-1", EventType.TICKET_CREATED, at, "agent-1"));
        assertNotEquals(id, names.of("import", "T-1", EventType.TICKET_ASSIGNED, at.plusSeconds(1), "agent-1"));
        assertNotEquals(id, names.of("import", "T-1", EventType.TICKET_ASSIGNED, at, "agent-2"));
    }
}
