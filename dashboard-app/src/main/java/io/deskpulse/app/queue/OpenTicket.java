package io.deskpulse.app.queue;

import java.time.Instant;

/**
 * An open ticket and its most urgent SLA clock (the counting one due first).
 *
 * @param dueAt when that clock is due (its breach instant once breached); null when no clock counts
 * @param clockState {@code RUNNING} or {@code BREACHED}; null when no clock counts
 */
public record OpenTicket(String ticketId, String subject, String priority, String region, String team,
        String status, Instant dueAt, String clockState) {}
