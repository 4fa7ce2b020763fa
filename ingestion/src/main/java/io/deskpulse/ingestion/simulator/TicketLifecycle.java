package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.CustomerReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.SatisfactionRated;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.events.WorkLogged;
import io.deskpulse.ingestion.simulator.SimulatedTicket.Step;
import java.util.List;

/**
 * What happens to a ticket, one step at a time: routed to the least-loaded agent on shift, answered
 * (slower when the agent is loaded), a conversation of questions to the customer, holds and
 * follow-ups, resolved (sometimes at first contact), now and then reopened, rated by about a third
 * of customers, closed days later. Each step emits its events at its own instant and schedules the
 * next step strictly later; agents act only on shift, and an urgent ticket whose agent is off shift
 * is handed to a colleague who is on.
 */
final class TicketLifecycle {

    private static final double REOPEN_CHANCE = 0.05;
    private static final double SURVEY_ANSWER_CHANCE = 1.0 / 3;
    private static final long HOUR = 3600;
    private static final List<Priority> PRIORITIES = List.of(Priority.values());
    /** How many more rounds (questions, holds, updates) a ticket not solved at first contact takes. */
    private static final List<Integer> ROUNDS = List.of(0, 1, 2, 3, 4);
    private static final double[] ROUND_WEIGHTS = {35, 35, 18, 8, 4};

    private final Desk desk;
    private final Timing timing;
    private final Satisfaction satisfaction;
    private final Dice dice;
    private final EventEmitter events;
    private final Agenda agenda;

    TicketLifecycle(Desk desk, Dice dice, EventEmitter events, Agenda agenda) {
        this.desk = desk;
        this.timing = new Timing(dice);
        this.satisfaction = new Satisfaction(dice);
        this.dice = dice;
        this.events = events;
        this.agenda = agenda;
    }

    /** Takes the ticket's due step at {@code now}. */
    void advance(SimulatedTicket ticket, long now) {
        switch (ticket.next) {
            case CREATE -> create(ticket, now);
            case ASSIGN -> assign(ticket, now);
            case FIRST_REPLY -> firstReply(ticket, now);
            case AGENT_TURN -> agentTurn(ticket, now);
            case CUSTOMER_REPLY -> customerReply(ticket, now);
            case RESUME -> resume(ticket, now);
            case RESOLVE -> resolve(ticket, now);
            case REOPEN -> reopen(ticket, now);
            case RATE -> rate(ticket, now);
            case CLOSE -> close(ticket, now);
        }
    }

    private void create(SimulatedTicket ticket, long now) {
        Arrival a = ticket.arrival;
        events.emit(ticket, now, (id, ticketId, at, source) -> new TicketCreated(id, ticketId, at, source,
                a.customer().id(), a.customer().tier().name(), a.region().id(), a.team().id(), a.category().path(),
                a.priority(), a.channel(), a.subject()));
        agenda.schedule(ticket, Step.ASSIGN, now + timing.triage(a.channel(), ticket.priority));
    }

    private void assign(SimulatedTicket ticket, long now) {
        AgentState agent = desk.leastLoadedOnShift(ticket.arrival.team(), now, null);
        if (agent == null) {
            // Nobody on shift: the ticket waits in the team's queue for the next shift.
            long nextShift = desk.nextShiftStart(ticket.arrival.team(), now) + dice.between(60, 900);
            agenda.schedule(ticket, Step.ASSIGN, Math.max(now + 300, nextShift));
            return;
        }
        giveTo(ticket, agent, now);
        ticket.status = TicketStatus.OPEN;
        long work = timing.firstReply(ticket.arrival.channel(), ticket.priority, agent.load());
        agenda.schedule(ticket, Step.FIRST_REPLY, agent.afterWork(now, work));
    }

    private void firstReply(SimulatedTicket ticket, long now) {
        if (!ticket.notedInternally && !Timing.isLive(ticket.arrival.channel()) && dice.chance(0.15)) {
            // A note for colleagues first: the public answer follows after a little more work.
            ticket.notedInternally = true;
            agentReplied(ticket, now, false);
            long moreWork = Math.max(1, timing.reply(ticket.priority, ticket.owner.load()) / 2);
            scheduleAgent(ticket, Step.FIRST_REPLY, now, moreWork);
            return;
        }
        agentReplied(ticket, now, true);
        ticket.firstReplyAt = now;
        if (dice.chance(0.05)) {
            // Triage looked again once an agent had read the ticket.
            changePriority(ticket, now, dice.chance(0.3) ? -1 : 1);
        }
        double firstContactChance = ticket.arrival.category().firstContactChance()
                * (Timing.isLive(ticket.arrival.channel()) ? 1.3 : 1.0);
        if (!ticket.arrival.incident() && dice.chance(firstContactChance)) {
            ticket.firstContact = true;
            scheduleAgent(ticket, Step.RESOLVE, now, timing.wrapUp());
        } else {
            ticket.roundsLeft = pickRounds();
            scheduleAgent(ticket, Step.AGENT_TURN, now, timing.investigation(ticket.owner.load()));
        }
    }

    /** The agent answers or updates the customer, then resolves, asks, puts on hold or keeps working. */
    private void agentTurn(SimulatedTicket ticket, long now) {
        agentReplied(ticket, now, true);
        if (dice.chance(0.4)) {
            logWork(ticket, now);
        }
        if (ticket.roundsLeft == 0) {
            scheduleAgent(ticket, Step.RESOLVE, now, timing.wrapUp());
            return;
        }
        ticket.roundsLeft--;
        double holdChance = ticket.arrival.category().root().equals("hardware") ? 0.3 : 0.1;
        double move = dice.unit();
        if (move < 0.5) {
            ask(ticket, now);
        } else if (move < 0.5 + holdChance) {
            ticket.holdReason = dice.between(0, DeskPhrases.HOLD_REASONS.size() - 1);
            changeStatus(ticket, now, TicketStatus.ON_HOLD, DeskPhrases.HOLD_REASONS.get(ticket.holdReason));
            agenda.schedule(ticket, Step.RESUME, now + timing.hold(now, ticket.arrival.region().zone()));
        } else if (move < 0.6 + holdChance) {
            // The customer chases before the agent's next update.
            scheduleCustomer(ticket, now);
        } else {
            scheduleAgent(ticket, Step.AGENT_TURN, now, timing.investigation(ticket.owner.load()));
        }
    }

    private void ask(SimulatedTicket ticket, long now) {
        changeStatus(ticket, now, TicketStatus.PENDING_CUSTOMER, dice.pick(DeskPhrases.PENDING_REASONS));
        if (dice.chance(0.07)) {
            // The customer never answers: the owner resolves the ticket days later, in their shift.
            ticket.customerSilent = true;
            long resolveAt = ticket.owner.afterWork(now + timing.noResponseWait(), timing.wrapUp());
            agenda.schedule(ticket, Step.RESOLVE, resolveAt);
        } else {
            scheduleCustomer(ticket, now);
        }
    }

    private void customerReply(SimulatedTicket ticket, long now) {
        events.emit(ticket, now, CustomerReplied::new);
        ticket.customerRounds++;
        if (ticket.status == TicketStatus.PENDING_CUSTOMER) {
            changeStatus(ticket, now, TicketStatus.OPEN, "customer replied");
        } else if (dice.chance(ticket.arrival.customer().tier().isVip() ? 0.4 : 0.08)) {
            // Chasing works, for VIPs above all.
            changePriority(ticket, now, -1);
        }
        scheduleAgent(ticket, Step.AGENT_TURN, now, timing.reply(ticket.priority, ticket.owner.load()));
    }

    private void resume(SimulatedTicket ticket, long now) {
        changeStatus(ticket, now, TicketStatus.OPEN, DeskPhrases.HOLD_ENDS.get(ticket.holdReason));
        scheduleAgent(ticket, Step.AGENT_TURN, now, timing.reply(ticket.priority, ticket.owner.load()));
    }

    private void resolve(SimulatedTicket ticket, long now) {
        if (!ticket.customerSilent && dice.chance(0.7)) {
            logWork(ticket, now);
        }
        String agent = ticket.owner.id();
        String code = DeskPhrases.resolutionCode(ticket, dice);
        boolean firstContact = ticket.resolvedAtFirstContact();
        events.emit(ticket, now, (id, ticketId, at, source) ->
                new TicketResolved(id, ticketId, at, source, agent, code, firstContact));
        ticket.endPause(now);
        ticket.status = TicketStatus.RESOLVED;
        ticket.resolvedAt = now;
        ticket.owner.release();
        if (!ticket.reopened && dice.chance(REOPEN_CHANCE)) {
            agenda.schedule(ticket, Step.REOPEN, now + timing.reopen());
            return;
        }
        ticket.closeAt = now + timing.autoClose();
        if (dice.chance(SURVEY_ANSWER_CHANCE)) {
            agenda.schedule(ticket, Step.RATE, now + timing.survey());
        } else {
            agenda.schedule(ticket, Step.CLOSE, ticket.closeAt);
        }
    }

    private void reopen(SimulatedTicket ticket, long now) {
        String reason = dice.pick(DeskPhrases.REOPEN_REASONS);
        events.emit(ticket, now, (id, ticketId, at, source) -> new TicketReopened(id, ticketId, at, source, reason));
        // After the reopen, so that the complaint starts a NEXT_REPLY clock.
        events.emit(ticket, now, CustomerReplied::new);
        ticket.reopened = true;
        ticket.status = TicketStatus.OPEN;
        ticket.customerRounds++;
        ticket.owner.take();
        ticket.roundsLeft = dice.chance(0.5) ? 1 : 0;
        scheduleAgent(ticket, Step.AGENT_TURN, now, timing.reply(ticket.priority, ticket.owner.load()));
    }

    private void rate(SimulatedTicket ticket, long now) {
        Satisfaction.Rating rating = satisfaction.rate(ticket);
        events.emit(ticket, now, (id, ticketId, at, source) ->
                new SatisfactionRated(id, ticketId, at, source, rating.csat(), rating.nps(), rating.comment()));
        agenda.schedule(ticket, Step.CLOSE, ticket.closeAt);
    }

    private void close(SimulatedTicket ticket, long now) {
        events.emit(ticket, now, TicketClosed::new);
        ticket.status = TicketStatus.CLOSED;
    }

    /**
     * Schedules the owner's next action after {@code work} seconds of their shift time. An urgent
     * ticket (within an hour; others within 16 hours) is not left for the owner's next shift when a
     * colleague is on shift now: it is handed over.
     */
    private void scheduleAgent(SimulatedTicket ticket, Step step, long now, long work) {
        long due = ticket.owner.afterWork(now, work);
        long acceptableGap = ticket.priority.compareTo(Priority.P2) <= 0 ? HOUR : 16 * HOUR;
        if (due - now - work > acceptableGap) {
            AgentState colleague = desk.leastLoadedOnShift(ticket.arrival.team(), now, ticket.owner);
            if (colleague != null) {
                ticket.owner.release();
                giveTo(ticket, colleague, now);
                due = colleague.afterWork(now, work);
            }
        }
        agenda.schedule(ticket, step, due);
    }

    private void scheduleCustomer(SimulatedTicket ticket, long now) {
        agenda.schedule(ticket, Step.CUSTOMER_REPLY, now + timing.customerReply(now, ticket.arrival.region().zone()));
    }

    private void giveTo(SimulatedTicket ticket, AgentState agent, long now) {
        String team = ticket.arrival.team().id();
        events.emit(ticket, now, (id, ticketId, at, source) ->
                new TicketAssigned(id, ticketId, at, source, agent.id(), team));
        agent.take();
        ticket.owner = agent;
    }

    private void agentReplied(SimulatedTicket ticket, long now, boolean publicReply) {
        String agent = ticket.owner.id();
        events.emit(ticket, now, (id, ticketId, at, source) -> new AgentReplied(id, ticketId, at, source, agent,
                publicReply));
    }

    private void logWork(SimulatedTicket ticket, long now) {
        String agent = ticket.owner.id();
        int minutes = timing.workMinutes();
        events.emit(ticket, now, (id, ticketId, at, source) ->
                new WorkLogged(id, ticketId, at, source, agent, minutes));
    }

    private void changeStatus(SimulatedTicket ticket, long now, TicketStatus status, String reason) {
        events.emit(ticket, now, (id, ticketId, at, source) -> new StatusChanged(id, ticketId, at, source, status,
                reason));
        if (status == TicketStatus.OPEN) {
            ticket.endPause(now);
        } else {
            ticket.pause(now);
        }
        ticket.status = status;
    }

    /** Moves the priority {@code levels} up (negative: more urgent) or down, within P1..P4. */
    private void changePriority(SimulatedTicket ticket, long now, int levels) {
        Priority changed = PRIORITIES.get(Math.clamp(ticket.priority.ordinal() + levels, 0, PRIORITIES.size() - 1));
        if (changed != ticket.priority) {
            events.emit(ticket, now, (id, ticketId, at, source) ->
                    new PriorityChanged(id, ticketId, at, source, changed));
            ticket.priority = changed;
        }
    }

    private int pickRounds() {
        return dice.pick(ROUNDS, rounds -> ROUND_WEIGHTS[rounds]);
    }
}
