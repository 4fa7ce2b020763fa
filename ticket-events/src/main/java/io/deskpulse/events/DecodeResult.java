package io.deskpulse.events;

/** What the codec made of a record's bytes: an event, or the reason it was rejected. */
public sealed interface DecodeResult {

    record Accepted(TicketEvent event) implements DecodeResult {}

    /** {@code reason} names the offending field, for the dead-letter topic and for API errors. */
    record Rejected(String reason) implements DecodeResult {}
}
