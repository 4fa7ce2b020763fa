package io.deskpulse.sla.policy;

import java.util.Set;

/**
 * A policy's conditions: every one given must hold (AND), a set holds for any of its values (OR),
 * and a null condition holds for every ticket. Priorities and channels are compared by their wire
 * names ({@code P1}, {@code phone}).
 */
public record PolicyMatch(Set<String> priority, Set<String> customerTier, Set<String> region, Set<String> channel,
        String categoryPrefix) {

    public static final PolicyMatch EVERY_TICKET = new PolicyMatch(null, null, null, null, null);

    public boolean matches(TicketProfile ticket) {
        return holds(priority, ticket.priority().name())
                && holds(customerTier, ticket.customerTier())
                && holds(region, ticket.region())
                && holds(channel, ticket.channel().wireName())
                && (categoryPrefix == null || ticket.category().startsWith(categoryPrefix));
    }

    private static boolean holds(Set<String> allowed, String value) {
        return allowed == null || allowed.contains(value);
    }
}
