package io.deskpulse.ingestion.importer.dedup;

import io.deskpulse.events.EventType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/**
 * Event ids of imported events: name-based UUIDs (version 5, SHA-1, RFC 9562) of the source, the
 * ticket, the event type, its instant and what tells two such events apart (e.g. the agent of an
 * assignment). The same row therefore gives the same event id on every run, which is what lets the
 * importer, the ledger and every consumer of the topic recognise it as a duplicate. Not thread-safe.
 */
public final class EventIds {

    /** The namespace of DeskPulse's imported events; never change it, or every id changes. */
    private static final UUID NAMESPACE = UUID.fromString("6f1c5d2e-8a47-5b0e-9c3d-2f7e1a9b4c60");

    private final MessageDigest sha1;
    private final byte[] namespace = ByteBuffer.allocate(16)
            .putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).array();

    public EventIds() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** @param content what distinguishes events of the same type and instant; null when nothing can */
    public UUID of(String source, String ticketId, EventType type, Instant at, String content) {
        String name = source + '\u0000' + ticketId + '\u0000' + type.name() + '\u0000' + at.getEpochSecond()
                + '\u0000' + (content == null ? "" : content);
        sha1.reset();
        sha1.update(namespace);
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
