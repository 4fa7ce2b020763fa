package io.deskpulse.sla;

/** What an SLA clock measures. The declaration order is the output order of {@code sla-replay}. */
public enum Metric {
    FIRST_RESPONSE, NEXT_REPLY, RESOLUTION
}
