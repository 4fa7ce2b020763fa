package io.deskpulse.ingestion.simulator;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The tickets waiting for their next step, earliest first; at the same second by ticket id, which
 * makes the output order (occurredAt, ticketId) fall out of the order steps are taken in.
 */
final class Agenda {

    private final PriorityQueue<SimulatedTicket> waiting = new PriorityQueue<>(
            Comparator.comparingLong((SimulatedTicket ticket) -> ticket.dueAt).thenComparing(ticket -> ticket.id));

    /** {@code step} of {@code ticket} at {@code at}; the ticket must not be waiting already. */
    void schedule(SimulatedTicket ticket, SimulatedTicket.Step step, long at) {
        ticket.next = step;
        ticket.dueAt = at;
        waiting.add(ticket);
    }

    /** The second of the earliest step, {@link Long#MAX_VALUE} when nothing waits. */
    long nextAt() {
        SimulatedTicket first = waiting.peek();
        return first == null ? Long.MAX_VALUE : first.dueAt;
    }

    SimulatedTicket poll() {
        return waiting.poll();
    }
}
