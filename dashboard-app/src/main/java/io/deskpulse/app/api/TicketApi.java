package io.deskpulse.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.intake.IntakeService;
import io.deskpulse.app.intake.TicketEventSender;
import io.deskpulse.app.intake.TicketIds;
import io.deskpulse.events.EventType;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the API's requests do: complete and check the events (all or nothing), publish them through
 * the intake's sender, and say what was published.
 */
@Service
class TicketApi {

    private static final Logger LOG = LoggerFactory.getLogger(TicketApi.class);

    private final TicketEventSender sender;
    private final IntakeService intake;
    private final int maxBatchEvents;

    TicketApi(TicketEventSender sender, IntakeService intake, DeskPulseProperties properties) {
        this.sender = sender;
        this.intake = intake;
        this.maxBatchEvents = properties.api().maxBatchEvents();
    }

    CompletableFuture<Answer> createTicket(ApiClient client, Optional<IdempotencyKey> key, JsonNode body) {
        IncomingEvent ticket = IncomingEvent.at("", body)
                .insist("type", EventType.TICKET_CREATED.name(),
                        "must be TICKET_CREATED here: other events go to /api/v1/tickets/{ticketId}/events")
                .fillIn("ticketId", key.map(k -> TicketIds.derivedFrom(k.eventId())).orElseGet(TicketIds::next));
        complete(ticket, client, key.map(IdempotencyKey::eventId), intake.now());
        TicketCreated created = (TicketCreated) validated(List.of(ticket)).getFirst();
        return publish(List.of(created))
                .thenApply(published -> Receipts.ticketCreated(created, intake.preview(created)));
    }

    CompletableFuture<Answer> appendEvent(ApiClient client, String ticketId, Optional<IdempotencyKey> key,
            JsonNode body) {
        IncomingEvent incoming = IncomingEvent.at("", body)
                .insist("ticketId", ticketId, "must be the ticket of the path, '" + ticketId + "'");
        complete(incoming, client, key.map(IdempotencyKey::eventId), intake.now());
        TicketEvent event = validated(List.of(incoming)).getFirst();
        return publish(List.of(event)).thenApply(published -> Receipts.eventAccepted(event));
    }

    CompletableFuture<Answer> appendBatch(ApiClient client, Optional<IdempotencyKey> key, JsonNode body) {
        if (!body.isArray() || body.isEmpty()) {
            throw new Problem(ProblemType.MALFORMED_REQUEST, "The body must be a JSON array of events.").exception();
        }
        if (body.size() > maxBatchEvents) {
            throw Problem.tooLarge("The batch holds " + body.size() + " events, more than the limit of "
                    + maxBatchEvents + ".", maxBatchEvents).exception();
        }
        Instant now = intake.now();
        List<IncomingEvent> batch = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            int index = i;
            IncomingEvent incoming = IncomingEvent.at("/" + i, body.get(i));
            complete(incoming, client, key.map(k -> k.eventId(index)), now);
            batch.add(incoming);
        }
        List<TicketEvent> events = validated(batch);
        return publish(events).thenApply(published -> Receipts.batchAccepted(events));
    }

    /** What every event may leave out; {@code eventId} without a key is random, so a retry would publish twice. */
    private static void complete(IncomingEvent event, ApiClient client, Optional<UUID> eventId, Instant now) {
        event.fillIn("eventId", eventId.orElseGet(UUID::randomUUID).toString())
                .fillIn("schema", TicketEvent.SCHEMA)
                .insist("source", client.source(),
                        "is set by the API token to '" + client.source() + "': leave it out")
                .fillIn("occurredAt", now.toString());
    }

    /** The events, or a problem naming every bad field of every event: nothing is published then. */
    private static List<TicketEvent> validated(List<IncomingEvent> events) {
        List<FieldError> errors = new ArrayList<>();
        int invalid = 0;
        for (IncomingEvent event : events) {
            List<FieldError> problems = event.problems();
            errors.addAll(problems);
            invalid += problems.isEmpty() ? 0 : 1;
        }
        if (!errors.isEmpty()) {
            String detail = events.size() == 1
                    ? "Nothing was published: the event is invalid."
                    : "Nothing was published: " + invalid + " of " + events.size() + " events are not valid.";
            throw Problem.invalid(detail, errors).exception();
        }
        return events.stream().map(IncomingEvent::event).toList();
    }

    private CompletableFuture<Void> publish(List<? extends TicketEvent> events) {
        return sender.send(events).exceptionallyCompose(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            LOG.warn("{} events not acknowledged by the broker", events.size(), cause);
            String what = cause instanceof TimeoutException
                    ? "The event stream did not acknowledge the events within "
                            + sender.publishTimeout().toSeconds() + " s"
                    : "The event stream did not take the events (" + cause.getMessage() + ")";
            return CompletableFuture.failedFuture(new Problem(ProblemType.EVENT_STREAM_UNAVAILABLE,
                    what + ". Some may have been published: retry with the same Idempotency-Key or event ids, "
                            + "so that none is counted twice.").exception());
        });
    }
}
