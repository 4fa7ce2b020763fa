package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;

/** A ticket about to be raised at {@code at} (epoch second), with everything its creation event says. */
record Arrival(long at, Region region, Team team, Customer customer, Category category, Priority priority,
        Channel channel, String subject, boolean incident) {}
