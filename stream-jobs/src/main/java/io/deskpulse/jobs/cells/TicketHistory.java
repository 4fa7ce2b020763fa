package io.deskpulse.jobs.cells;

import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What is known of one ticket: its events and SLA alerts in time order, each once. Events arrive
 * in their partition's order, which is not always time order (a late event, an import); every
 * computation over a ticket starts from this sorted, de-duplicated view, so arrival order never
 * changes a result.
 */
public final class TicketHistory {

    private static final Comparator<TicketFact> BY_TIME = Comparator.comparing(TicketFact::at);

    private final List<TicketFact> facts = new ArrayList<>();

    public static TicketHistory of(List<? extends TicketFact> facts) {
        TicketHistory history = new TicketHistory();
        facts.forEach(history::add);
        return history;
    }

    /** Adds a fact in time order (after facts of the same instant); false if it was known already. */
    public boolean add(TicketFact fact) {
        for (TicketFact known : facts) {
            if (known.sameAs(fact)) {
                return false;
            }
        }
        int at = facts.size();
        while (at > 0 && BY_TIME.compare(facts.get(at - 1), fact) > 0) {
            at--;
        }
        facts.add(at, fact);
        return true;
    }

    public List<TicketFact> facts() {
        return List.copyOf(facts);
    }

    /** The ticket's creation, without which nothing can be attributed to a region. */
    public Optional<TicketCreated> creation() {
        for (TicketFact fact : facts) {
            if (fact instanceof TicketFact.Event(TicketCreated created)) {
                return Optional.of(created);
            }
        }
        return Optional.empty();
    }

    public List<TicketEvent> events() {
        List<TicketEvent> events = new ArrayList<>();
        for (TicketFact fact : facts) {
            if (fact instanceof TicketFact.Event(TicketEvent event)) {
                events.add(event);
            }
        }
        return events;
    }
}
