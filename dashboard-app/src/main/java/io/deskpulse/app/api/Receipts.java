package io.deskpulse.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.sla.SlaPreview;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/** The successful answers: what was published, and for a new ticket the SLA it gets. */
final class Receipts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Receipts() {}

    /** 201: the new ticket's ids and its SLA preview ({@code sla} null when no policy matches it). */
    static Answer ticketCreated(TicketCreated ticket, Optional<SlaPreview> sla) {
        ObjectNode body = JSON.createObjectNode()
                .put("ticketId", ticket.ticketId())
                .put("eventId", ticket.eventId().toString())
                .put("occurredAt", ticket.occurredAt().toString());
        sla.ifPresentOrElse(preview -> body.putObject("sla")
                        .put("policyId", preview.policyId())
                        .put("firstResponseDue", text(preview.firstResponseDue()))
                        .put("resolutionDue", text(preview.resolutionDue())),
                () -> body.putNull("sla"));
        return answer(HttpStatus.CREATED, body);
    }

    /** 202: the event is on the stream; its effects follow within seconds. */
    static Answer eventAccepted(TicketEvent event) {
        ObjectNode body = JSON.createObjectNode();
        describe(body, event);
        return answer(HttpStatus.ACCEPTED, body);
    }

    /** 202: one result per event of the batch, in its order. */
    static Answer batchAccepted(List<TicketEvent> events) {
        ObjectNode body = JSON.createObjectNode().put("published", events.size());
        ArrayNode results = body.putArray("results");
        for (int i = 0; i < events.size(); i++) {
            describe(results.addObject().put("index", i), events.get(i));
        }
        return answer(HttpStatus.ACCEPTED, body);
    }

    private static void describe(ObjectNode node, TicketEvent event) {
        node.put("eventId", event.eventId().toString())
                .put("ticketId", event.ticketId())
                .put("type", event.type().name())
                .put("occurredAt", event.occurredAt().toString());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Answer answer(HttpStatus status, ObjectNode body) {
        return new Answer(status, body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
