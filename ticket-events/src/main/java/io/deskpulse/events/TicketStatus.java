package io.deskpulse.events;

/** A ticket's status (DESIGN.md, "The event contract"). RESOLVED and CLOSED are <em>done</em>. */
public enum TicketStatus {
    NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED;

    /** Done statuses stop every SLA clock; leaving them is a reopen. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}
