package io.deskpulse.jobs.workload;

/**
 * The workload of one agent in a region and team over one UTC day: the day of each hourly cell's
 * start ({@code workload_daily}), so that every hourly cell belongs to exactly one day.
 */
public record WorkloadDay(long epochDay, String region, String team, String agent) {

    private static final long SECONDS_PER_DAY = 86_400;

    public static WorkloadDay of(WorkloadCell hour) {
        return new WorkloadDay(Math.floorDiv(hour.hour(), SECONDS_PER_DAY), hour.region(), hour.team(), hour.agent());
    }
}
