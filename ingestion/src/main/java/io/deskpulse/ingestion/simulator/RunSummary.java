package io.deskpulse.ingestion.simulator;

/** What a simulation run produced: tickets created in its window, and events emitted. */
public record RunSummary(long tickets, long events) {}
