package io.deskpulse.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake endpoints. Bodies are read here, within the size limit, rather than bound by Spring:
 * the contract's codec must see the JSON as sent. Answers come once the broker has acknowledged,
 * without holding a request thread meanwhile.
 */
@RestController
class TicketApiController {

    private final RequestBodies bodies;
    private final TicketApi api;
    private final RecentAnswers recentAnswers;

    TicketApiController(RequestBodies bodies, TicketApi api, RecentAnswers recentAnswers) {
        this.bodies = bodies;
        this.api = api;
        this.recentAnswers = recentAnswers;
    }

    @PostMapping(path = ApiPaths.V1 + "/tickets")
    CompletableFuture<ResponseEntity<byte[]>> createTicket(@AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            HttpServletRequest request) throws IOException {
        byte[] body = bodies.read(request);
        var json = RequestBodies.parse(body);
        var key = IdempotencyKey.of(client, idempotencyKey, json);
        return recentAnswers.answer(key, fingerprint(request, body), () -> api.createTicket(client, key, json));
    }

    @PostMapping(path = ApiPaths.V1 + "/tickets/{ticketId}/events")
    CompletableFuture<ResponseEntity<byte[]>> appendEvent(@AuthenticationPrincipal ApiClient client,
            @PathVariable String ticketId,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            HttpServletRequest request) throws IOException {
        byte[] body = bodies.read(request);
        var json = RequestBodies.parse(body);
        var key = IdempotencyKey.of(client, idempotencyKey, json);
        return recentAnswers.answer(key, fingerprint(request, body),
                () -> api.appendEvent(client, ticketId, key, json));
    }

    @PostMapping(path = ApiPaths.V1 + "/events:batch")
    CompletableFuture<ResponseEntity<byte[]>> appendBatch(@AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            HttpServletRequest request) throws IOException {
        byte[] body = bodies.read(request);
        var json = RequestBodies.parse(body);
        var key = IdempotencyKey.fromHeader(client, idempotencyKey);
        return recentAnswers.answer(key, fingerprint(request, body), () -> api.appendBatch(client, key, json));
    }

    /** Tells a retry (same endpoint, same bytes) from another request that reuses its key. */
    private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
