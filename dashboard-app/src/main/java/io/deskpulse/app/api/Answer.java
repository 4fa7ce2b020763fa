package io.deskpulse.app.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A successful answer as sent, so that a retry can be given the very same one. */
record Answer(HttpStatus status, byte[] body) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    ResponseEntity<byte[]> toResponse() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    ResponseEntity<byte[]> toReplayedResponse() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED_HEADER, "true").body(body);
    }
}
