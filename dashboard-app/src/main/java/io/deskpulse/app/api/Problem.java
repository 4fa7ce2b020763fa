package io.deskpulse.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}), the body of every error answer.
 *
 * @param errors every bad field, for {@link ProblemType#INVALID_EVENTS}; empty otherwise
 * @param limit the limit exceeded, for {@link ProblemType#REQUEST_TOO_LARGE}; null otherwise
 */
public record Problem(ProblemType type, String detail, List<FieldError> errors, Long limit) {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private static final ObjectMapper JSON = new ObjectMapper();

    public Problem(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(ProblemType.INVALID_EVENTS, detail, errors, null);
    }

    public static Problem tooLarge(String detail, long limit) {
        return new Problem(ProblemType.REQUEST_TOO_LARGE, detail, List.of(), limit);
    }

    public ApiProblem exception() {
        return new ApiProblem(this);
    }

    public ResponseEntity<byte[]> toResponse() {
        return toResponse(HttpHeaders.EMPTY);
    }

    public ResponseEntity<byte[]> toResponse(HttpHeaders headers) {
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(type.status()).headers(headers).contentType(MEDIA_TYPE);
        if (type == ProblemType.EVENT_STREAM_UNAVAILABLE) {
            // A broker away for a moment is back within seconds; a client should not retry at once in a loop.
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(json());
    }

    /** For answers given outside Spring MVC, by the security filter chain. */
    public void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = json();
        response.setStatus(type.status().value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] json() {
        ObjectNode node = JSON.createObjectNode()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status().value())
                .put("detail", detail);
        if (!errors.isEmpty()) {
            ArrayNode list = node.putArray("errors");
            errors.forEach(error -> list.addObject().put("pointer", error.pointer()).put("detail", error.detail()));
        }
        if (limit != null) {
            node.put("limit", limit);
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
