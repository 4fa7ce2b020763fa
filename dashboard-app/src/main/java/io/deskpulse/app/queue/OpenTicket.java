package io.deskpulse.app.queue;

import java.time.Instant;

/**
 * An open ticket and its current first-response clock.
 *
 * @param dueAt when the first response is due; null while the stream job has not started the clock
 * @param clockState {@code RUNNING}, {@code MET} or {@code BREACHED}; empty without a clock
 */
public record OpenTicket(String ticketId, String subject, String priority, String region, String team,
        String status, Instant dueAt, String clockState) {}
