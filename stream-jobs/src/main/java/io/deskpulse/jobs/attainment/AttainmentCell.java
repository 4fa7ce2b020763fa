package io.deskpulse.jobs.attainment;

/** The clocks of one metric that started on one UTC day (epoch days) in a region and team. */
public record AttainmentCell(long day, String region, String team, String metric) {}
