package io.deskpulse.jobs.attainment;

/**
 * The clocks of one metric that started on one UTC day (epoch days) in a region and team, of the
 * tickets an agent holds (empty: unassigned).
 */
public record AttainmentCell(long day, String region, String team, String agent, String metric) {}
