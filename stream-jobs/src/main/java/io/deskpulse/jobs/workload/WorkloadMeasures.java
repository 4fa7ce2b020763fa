package io.deskpulse.jobs.workload;

import io.deskpulse.jobs.cells.Measures;

/**
 * The counts of a workload cell. {@code backlogDelta} is how many open tickets the cell's owner
 * gained in the hour (created, assigned in or reopened, minus resolved, closed or assigned away):
 * the backlog, or an agent's load, at the end of an hour is the running sum of the deltas up to it.
 */
public record WorkloadMeasures(long created, long assigned, long resolved, long reopened, long backlogDelta,
        long publicReplies, long workMinutes, long warnings, long breaches) implements Measures<WorkloadMeasures> {

    public static final WorkloadMeasures NONE = new WorkloadMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static WorkloadMeasures ticketCreated() {
        return new WorkloadMeasures(1, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkloadMeasures ticketAssigned() {
        return new WorkloadMeasures(0, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkloadMeasures ticketResolved() {
        return new WorkloadMeasures(0, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    public static WorkloadMeasures ticketReopened() {
        return new WorkloadMeasures(0, 0, 0, 1, 0, 0, 0, 0, 0);
    }

    public static WorkloadMeasures backlog(long delta) {
        return new WorkloadMeasures(0, 0, 0, 0, delta, 0, 0, 0, 0);
    }

    public static WorkloadMeasures publicReply() {
        return new WorkloadMeasures(0, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    public static WorkloadMeasures work(long minutes) {
        return new WorkloadMeasures(0, 0, 0, 0, 0, 0, minutes, 0, 0);
    }

    public static WorkloadMeasures warning() {
        return new WorkloadMeasures(0, 0, 0, 0, 0, 0, 0, 1, 0);
    }

    public static WorkloadMeasures breach() {
        return new WorkloadMeasures(0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Override
    public WorkloadMeasures plus(WorkloadMeasures o) {
        return new WorkloadMeasures(created + o.created, assigned + o.assigned, resolved + o.resolved,
                reopened + o.reopened, backlogDelta + o.backlogDelta, publicReplies + o.publicReplies,
                workMinutes + o.workMinutes, warnings + o.warnings, breaches + o.breaches);
    }

    @Override
    public WorkloadMeasures negated() {
        return new WorkloadMeasures(-created, -assigned, -resolved, -reopened, -backlogDelta, -publicReplies,
                -workMinutes, -warnings, -breaches);
    }

    @Override
    public boolean isZero() {
        return equals(NONE);
    }
}
