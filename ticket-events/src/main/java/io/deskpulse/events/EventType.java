package io.deskpulse.events;

/** The kinds of ticket event of schema 1 (DESIGN.md, "The event contract"). */
public enum EventType {
    TICKET_CREATED,
    TICKET_ASSIGNED,
    AGENT_REPLIED,
    CUSTOMER_REPLIED,
    STATUS_CHANGED,
    PRIORITY_CHANGED,
    TICKET_RESOLVED,
    TICKET_REOPENED,
    TICKET_CLOSED,
    SATISFACTION_RATED,
    WORK_LOGGED
}
