package io.deskpulse.app.executive;

/** Satisfaction over the period and over the previous period of equal length. */
public record CustomerSatisfaction(SatisfactionScores current, SatisfactionScores previous) {}
