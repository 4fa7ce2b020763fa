package io.deskpulse.events;

/** What the codec made of a record's bytes: an event, or the reason it was rejected. */
public sealed interface DecodeResult {

    record Accepted(TicketEvent event) implements DecodeResult {}

    /**
     * {@code field} is the path of the offending field ({@code null} when the record as a whole is
     * bad, e.g. not JSON), so that a caller can point at it; {@link #reason()} is the one-line form
     * for the dead-letter topic and for API errors.
     */
    record Rejected(String field, String message) implements DecodeResult {

        public String reason() {
            return field == null ? message : "field '" + field + "': " + message;
        }
    }
}
