package io.deskpulse.sla.policy;

import io.deskpulse.sla.calendar.BusinessCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One configuration: calendars by id and the ordered policy list. The first matching policy applies. */
public final class PolicyBook {

    private final Map<String, BusinessCalendar> calendars;
    private final List<SlaPolicy> policies;
    private final Map<String, SlaPolicy> policiesById = new LinkedHashMap<>();

    public PolicyBook(Map<String, BusinessCalendar> calendars, List<SlaPolicy> policies) {
        this.calendars = Map.copyOf(calendars);
        this.policies = List.copyOf(policies);
        for (SlaPolicy policy : policies) {
            if (policiesById.putIfAbsent(policy.id(), policy) != null) {
                throw new IllegalArgumentException("duplicate policy id " + policy.id());
            }
        }
    }

    /** The first policy whose conditions the ticket meets, or null: then the ticket has no clocks. */
    public SlaPolicy select(TicketProfile ticket) {
        for (SlaPolicy policy : policies) {
            if (policy.match().matches(ticket)) {
                return policy;
            }
        }
        return null;
    }

    /** A policy by id, e.g. to restore a serialized clock; null if this book has none. */
    public SlaPolicy policy(String id) {
        return policiesById.get(id);
    }

    public List<SlaPolicy> policies() {
        return policies;
    }

    public BusinessCalendar calendar(String id) {
        return calendars.get(id);
    }
}
