package io.deskpulse.jobs.cells;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.SatisfactionRated;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.WorkLogged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One ticket's events for the cell tests, written as a story; event ids follow from the story, so reruns agree. */
public final class TicketStory {

    private final String ticketId;
    private final String chapter;
    private final List<TicketEvent> events = new ArrayList<>();

    private TicketStory(String ticketId, String chapter) {
        this.ticketId = ticketId;
        this.chapter = chapter;
    }

    public static TicketStory ticket(String ticketId) {
        return new TicketStory(ticketId, "");
    }

    /** More of a ticket's story, told later: its events get ids of their own. */
    public static TicketStory sequel(String ticketId, String chapter) {
        return new TicketStory(ticketId, chapter);
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes((ticketId + "#" + chapter + "#" + events.size()).getBytes(StandardCharsets.UTF_8));
    }

    public TicketStory created(String at, String region, String team, String category, Channel channel) {
        events.add(new TicketCreated(nextId(), ticketId, Instant.parse(at), "test", "cust-1", "STANDARD", region,
                team, category, Priority.P3, channel, "subject"));
        return this;
    }

    public TicketStory assigned(String at, String agent, String team) {
        events.add(new TicketAssigned(nextId(), ticketId, Instant.parse(at), "test", agent, team));
        return this;
    }

    public TicketStory publicReply(String at, String agent) {
        events.add(new AgentReplied(nextId(), ticketId, Instant.parse(at), "test", agent, true));
        return this;
    }

    public TicketStory internalNote(String at, String agent) {
        events.add(new AgentReplied(nextId(), ticketId, Instant.parse(at), "test", agent, false));
        return this;
    }

    public TicketStory worked(String at, String agent, int minutes) {
        events.add(new WorkLogged(nextId(), ticketId, Instant.parse(at), "test", agent, minutes));
        return this;
    }

    public TicketStory resolved(String at, String agent, boolean firstContact) {
        events.add(new TicketResolved(nextId(), ticketId, Instant.parse(at), "test", agent, "fixed", firstContact));
        return this;
    }

    public TicketStory reopened(String at) {
        events.add(new TicketReopened(nextId(), ticketId, Instant.parse(at), "test", "not fixed"));
        return this;
    }

    public TicketStory rated(String at, int csat, Integer nps) {
        events.add(new SatisfactionRated(nextId(), ticketId, Instant.parse(at), "test", csat, nps, null));
        return this;
    }

    public TicketStory closed(String at) {
        events.add(new TicketClosed(nextId(), ticketId, Instant.parse(at), "test"));
        return this;
    }

    public List<TicketEvent> events() {
        return List.copyOf(events);
    }

    public List<TicketFact> facts() {
        return events.stream().<TicketFact>map(TicketFact.Event::new).toList();
    }

    public TicketHistory history() {
        return TicketHistory.of(facts());
    }
}
