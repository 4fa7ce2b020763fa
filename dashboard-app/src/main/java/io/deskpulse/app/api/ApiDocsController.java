package io.deskpulse.app.api;

import io.deskpulse.events.TicketEventSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's description, public: the OpenAPI document (written by hand) and the event contract's JSON Schema. */
@RestController
class ApiDocsController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private final byte[] openApi = resource("openapi.json");
    private final byte[] eventSchema = TicketEventSchema.json();

    @GetMapping(ApiPaths.OPENAPI)
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(openApi);
    }

    @GetMapping(ApiPaths.EVENT_SCHEMA)
    ResponseEntity<byte[]> eventSchema() {
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(eventSchema);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocsController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
