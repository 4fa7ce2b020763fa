package io.deskpulse.sla.policy;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;

/** The attributes a policy matches on: those of the creation, with the current priority. */
public record TicketProfile(Priority priority, String customerTier, String region, Channel channel, String category) {

    public static TicketProfile of(TicketCreated created) {
        return new TicketProfile(created.priority(), created.customerTier(), created.region(), created.channel(),
                created.category());
    }

    public TicketProfile withPriority(Priority newPriority) {
        return new TicketProfile(newPriority, customerTier, region, channel, category);
    }
}
