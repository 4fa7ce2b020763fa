package io.deskpulse.sla;

import io.deskpulse.events.TicketCreated;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.TicketSla;
import io.deskpulse.sla.policy.PolicyBook;
import java.time.Instant;
import java.util.Optional;

/**
 * What a ticket would get if it were created now: the policy that applies and the due instants of
 * its clocks, computed by the same engine as the live job, for the intake form's preview.
 *
 * @param firstResponseDue null when the policy has no first-response target (or its calendar never opens)
 * @param resolutionDue null when the policy has no resolution target (or its calendar never opens)
 */
public record SlaPreview(String policyId, Instant firstResponseDue, Instant resolutionDue) {

    /** Empty when no policy matches the ticket: it would get no clocks. */
    public static Optional<SlaPreview> of(TicketCreated created, PolicyBook book) {
        TicketSla ticket = TicketSla.open(created, book);
        if (ticket.policy() == null) {
            return Optional.empty();
        }
        Instant firstResponse = null;
        Instant resolution = null;
        for (ClockSnapshot clock : ticket.snapshots()) {
            if (clock.metric() == Metric.FIRST_RESPONSE) {
                firstResponse = clock.dueAt();
            } else if (clock.metric() == Metric.RESOLUTION) {
                resolution = clock.dueAt();
            }
        }
        return Optional.of(new SlaPreview(ticket.policy().id(), firstResponse, resolution));
    }
}
