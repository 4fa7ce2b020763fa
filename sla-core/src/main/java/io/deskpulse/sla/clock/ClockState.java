package io.deskpulse.sla.clock;

/** A clock's state as of an instant (SLA-SPEC.md, "sla-replay": {@code state}). */
public enum ClockState {
    /** Stopped and never breached. */
    MET,
    /** Its target was reached while it had not stopped; final, whatever happens later. */
    BREACHED,
    RUNNING,
    PAUSED
}
