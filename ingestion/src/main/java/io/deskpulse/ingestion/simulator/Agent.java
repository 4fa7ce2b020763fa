package io.deskpulse.ingestion.simulator;

/** An agent of a team, working one shift pattern. */
record Agent(String id, Team team, Shift shift) {}
