package io.deskpulse.jobs.workload;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One hour of one agent's work in a region and team. {@code hour} is the start of the hour in the
 * region's own time zone (so half-hour zones get their own local hours), as epoch seconds;
 * {@code localWeekday} (1 = Monday) and {@code localHour} place it in the region's hour-of-week
 * matrix. {@code agent} is empty for work nobody is assigned to.
 */
public record WorkloadCell(long hour, String region, String team, String agent, int localWeekday, int localHour) {

    public static WorkloadCell at(Instant instant, ZoneId zone, String region, String team, String agent) {
        ZonedDateTime local = instant.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        return new WorkloadCell(local.toEpochSecond(), region, team, agent,
                local.getDayOfWeek().getValue(), local.getHour());
    }
}
