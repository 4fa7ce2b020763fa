package io.deskpulse.app.api;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The kinds of error the API answers, each with its status and its RFC 9457 type: a tag URI (the
 * RFC's example of an identifier that need not resolve), described in docs/api.md.
 */
public enum ProblemType {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Missing or unknown API token"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "No such endpoint"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "Idempotency key in use"),
    REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INVALID_EVENTS(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid events"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    EVENT_STREAM_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Event stream unavailable");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "tag:deskpulse.io,2026:problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
