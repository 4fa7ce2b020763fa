package io.deskpulse.sla.clock;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.CustomerReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Event factories and named instants for the scenarios of the clock rules (ticket T-1). */
final class TicketEvents {

    static final String TICKET = "T-1";
    static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant NINE_TEN = NINE.plusSeconds(600);
    static final Instant NINE_FIFTEEN = NINE.plusSeconds(900);
    static final Instant NINE_THIRTY = NINE.plusSeconds(1800);
    static final Instant TEN = NINE.plusSeconds(3600);
    static final Instant ELEVEN = NINE.plusSeconds(7200);
    static final Instant NOON = NINE.plusSeconds(3 * 3600);

    private TicketEvents() {}

    static PolicyBook book(String json) {
        try {
            return ConfigurationReader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e.path() + ": " + e.getMessage(), e);
        }
    }

    /** One 24x7 policy for every ticket: the given targets and warnings. */
    static PolicyBook always(String targets, String warnAt) {
        return book("{'calendars': [{'id': 'always', 'alwaysOpen': true}], 'policies': [{'id': 'std', 'match': {},"
                + " 'calendar': 'always', 'targets': " + targets + ", 'warnAt': " + warnAt + "}]}");
    }

    static TicketCreated created(Instant at, Priority priority) {
        return new TicketCreated(UUID.randomUUID(), TICKET, at, "test", "C-1", "STANDARD", "east", "l1",
                "software/email", priority, Channel.EMAIL, "help");
    }

    static TicketCreated created(Instant at) {
        return created(at, Priority.P3);
    }

    static AgentReplied publicReply(Instant at) {
        return new AgentReplied(UUID.randomUUID(), TICKET, at, "test", "a1", true);
    }

    static AgentReplied privateNote(Instant at) {
        return new AgentReplied(UUID.randomUUID(), TICKET, at, "test", "a1", false);
    }

    static CustomerReplied customerReply(Instant at) {
        return new CustomerReplied(UUID.randomUUID(), TICKET, at, "test");
    }

    static StatusChanged status(Instant at, TicketStatus status) {
        return new StatusChanged(UUID.randomUUID(), TICKET, at, "test", status, "because");
    }

    static TicketAssigned assigned(Instant at) {
        return new TicketAssigned(UUID.randomUUID(), TICKET, at, "test", "a1", "l1");
    }

    static TicketResolved resolved(Instant at) {
        return new TicketResolved(UUID.randomUUID(), TICKET, at, "test", "a1", "fixed", false);
    }

    static TicketReopened reopened(Instant at) {
        return new TicketReopened(UUID.randomUUID(), TICKET, at, "test", "not fixed");
    }

    static PriorityChanged priority(Instant at, Priority priority) {
        return new PriorityChanged(UUID.randomUUID(), TICKET, at, "test", priority);
    }
}
