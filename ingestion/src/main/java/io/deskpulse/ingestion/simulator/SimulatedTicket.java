package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;

/**
 * One ticket's state while the simulation runs it: where it is in its lifecycle, who owns it, and
 * what the customer experienced so far (for their rating). A ticket waits in the {@link Agenda}
 * for its next step, at most once at a time.
 */
final class SimulatedTicket {

    /** What happens to the ticket at {@link #dueAt}. */
    enum Step {
        CREATE, ASSIGN, FIRST_REPLY, AGENT_TURN, CUSTOMER_REPLY, RESUME, RESOLVE, REOPEN, RATE, CLOSE
    }

    final String id;
    final Arrival arrival;
    /** Created inside the requested window: its events are emitted (warm-up tickets only load the desk). */
    final boolean visible;

    Step next = Step.CREATE;
    long dueAt;
    Priority priority;
    TicketStatus status = TicketStatus.NEW;
    AgentState owner;

    boolean notedInternally;
    int roundsLeft;
    int holdReason;
    boolean customerSilent;
    long firstReplyAt = -1;
    long pausedSince = -1;
    long pausedSeconds;
    long resolvedAt;
    long closeAt;
    int customerRounds;
    boolean firstContact;
    boolean reopened;

    SimulatedTicket(String id, Arrival arrival, boolean visible) {
        this.id = id;
        this.arrival = arrival;
        this.visible = visible;
        this.priority = arrival.priority();
        this.dueAt = arrival.at();
    }

    Priority priority() {
        return priority;
    }

    long firstReplyMinutes() {
        return (firstReplyAt - arrival.at()) / 60;
    }

    /** Minutes from creation to resolution, without the time spent waiting for the customer or on hold. */
    long activeMinutesToResolve() {
        return (resolvedAt - arrival.at() - pausedSeconds) / 60;
    }

    boolean wasReopened() {
        return reopened;
    }

    boolean resolvedAtFirstContact() {
        return firstContact && !reopened;
    }

    int customerRounds() {
        return customerRounds;
    }

    void pause(long at) {
        pausedSince = at;
    }

    void endPause(long at) {
        if (pausedSince >= 0) {
            pausedSeconds += at - pausedSince;
            pausedSince = -1;
        }
    }
}
