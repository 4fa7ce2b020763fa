package io.deskpulse.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.app.base.DeskPulseProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies up to {@code deskpulse.api.max-request-size} and parses them with the
 * contract's Jackson, so that the codec sees exactly the JSON the client sent.
 */
@Component
class RequestBodies {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final int limit;

    RequestBodies(DeskPulseProperties properties) {
        this.limit = Math.toIntExact(properties.api().maxRequestSize().toBytes());
    }

    /**
     * The body of a JSON request. One over the limit is refused by its declared length before
     * reading, else as soon as the limit is passed.
     */
    byte[] read(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            throw new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json, not "
                    + (request.getContentType() == null ? "without a Content-Type" : request.getContentType()) + ".")
                    .exception();
        }
        if (request.getContentLengthLong() > limit) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            throw tooLarge();
        }
        return body;
    }

    static JsonNode parse(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw new Problem(ProblemType.MALFORMED_REQUEST, "The body is empty: send a JSON document.")
                        .exception();
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new Problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")
                    .exception();
        } catch (IOException e) {
            throw new Problem(ProblemType.MALFORMED_REQUEST, "The body cannot be read: " + e.getMessage()).exception();
        }
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private ApiProblem tooLarge() {
        return Problem.tooLarge("The body is larger than the limit of " + limit + " bytes.", limit).exception();
    }
}
