package io.deskpulse.jobs.attainment;

import io.deskpulse.jobs.cells.Measures;

/** Clocks with an outcome: met (stopped in time) or breached (stopped or not). */
public record AttainmentMeasures(long met, long breached) implements Measures<AttainmentMeasures> {

    @Override
    public AttainmentMeasures plus(AttainmentMeasures other) {
        return new AttainmentMeasures(met + other.met, breached + other.breached);
    }

    @Override
    public AttainmentMeasures negated() {
        return new AttainmentMeasures(-met, -breached);
    }

    @Override
    public boolean isZero() {
        return met == 0 && breached == 0;
    }
}
