package io.deskpulse.sla.clock;

import static io.deskpulse.sla.clock.TicketEvents.ELEVEN;
import static io.deskpulse.sla.clock.TicketEvents.NINE;
import static io.deskpulse.sla.clock.TicketEvents.NINE_FIFTEEN;
import static io.deskpulse.sla.clock.TicketEvents.NINE_TEN;
import static io.deskpulse.sla.clock.TicketEvents.NINE_THIRTY;
import static io.deskpulse.sla.clock.TicketEvents.NOON;
import static io.deskpulse.sla.clock.TicketEvents.TEN;
import static io.deskpulse.sla.clock.TicketEvents.always;
import static io.deskpulse.sla.clock.TicketEvents.assigned;
import static io.deskpulse.sla.clock.TicketEvents.book;
import static io.deskpulse.sla.clock.TicketEvents.created;
import static io.deskpulse.sla.clock.TicketEvents.customerReply;
import static io.deskpulse.sla.clock.TicketEvents.priority;
import static io.deskpulse.sla.clock.TicketEvents.privateNote;
import static io.deskpulse.sla.clock.TicketEvents.publicReply;
import static io.deskpulse.sla.clock.TicketEvents.reopened;
import static io.deskpulse.sla.clock.TicketEvents.resolved;
import static io.deskpulse.sla.clock.TicketEvents.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import io.deskpulse.sla.policy.PolicyBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every clock rule of SLA-SPEC.md as a scenario on a 24x7 calendar, ticket T-1 created at nine. */
class TicketSlaTest {

    private static final PolicyBook FIFTEEN_MINUTES = always("{'FIRST_RESPONSE': 15, 'RESOLUTION': 60}", "[50]");
    private static final PolicyBook WITH_NEXT_REPLY = always("{'FIRST_RESPONSE': 15, 'NEXT_REPLY': 30, 'RESOLUTION': 120}", "[]");

    /** P1: 30/60 with [50, 75]; P2 and P3: 120/480 with [50]; P4: nothing matches. */
    private static final PolicyBook BY_PRIORITY = book("{'calendars': [{'id': 'always', 'alwaysOpen': true}], 'policies': ["
            + "{'id': 'p1', 'match': {'priority': ['P1']}, 'calendar': 'always',"
            + " 'targets': {'FIRST_RESPONSE': 30, 'RESOLUTION': 60}, 'warnAt': [50, 75]},"
            + "{'id': 'p3', 'match': {'priority': ['P2', 'P3']}, 'calendar': 'always',"
            + " 'targets': {'FIRST_RESPONSE': 120, 'NEXT_REPLY': 60, 'RESOLUTION': 480}, 'warnAt': [50]},"
            + "{'id': 'p2-resolution-only', 'match': {'priority': ['P2']}, 'calendar': 'always',"
            + " 'targets': {'RESOLUTION': 10}}]}");

    @Test
    void aReplyAtExactlyTheDueInstantMeetsTheTarget() {
        ClockSnapshot firstResponse = clock(replay(FIFTEEN_MINUTES, NOON, created(NINE), publicReply(NINE_FIFTEEN)),
                Metric.FIRST_RESPONSE, 1);
        assertEquals(ClockState.MET, firstResponse.state());
        assertEquals(NINE_FIFTEEN, firstResponse.dueAt());
        assertEquals(900, firstResponse.usedSeconds());
        assertNull(firstResponse.breachedAt());
    }

    @Test
    void aPauseAtTheInstantTheTargetIsReachedIsABreach() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, created(NINE), status(TEN, TicketStatus.ON_HOLD));
        ClockSnapshot resolution = clock(ticket, Metric.RESOLUTION, 1);
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(TEN, resolution.breachedAt());
        assertEquals(7200, resolution.pausedSeconds());
    }

    @Test
    void aPausedClockHasNoDueInstantAndAResumedOneIsDueLater() {
        TicketSla paused = replay(FIFTEEN_MINUTES, NINE_THIRTY, created(NINE), status(NINE_TEN, TicketStatus.PENDING_CUSTOMER));
        assertEquals(ClockState.PAUSED, clock(paused, Metric.RESOLUTION, 1).state());
        assertNull(clock(paused, Metric.RESOLUTION, 1).dueAt());
        TicketSla resumed = replay(FIFTEEN_MINUTES, NINE_THIRTY, created(NINE),
                status(NINE_TEN, TicketStatus.PENDING_CUSTOMER), status(NINE_THIRTY, TicketStatus.OPEN));
        assertEquals(TEN.plusSeconds(1200), clock(resumed, Metric.RESOLUTION, 1).dueAt());
        assertEquals(1200, clock(resumed, Metric.RESOLUTION, 1).pausedSeconds());
    }

    @Test
    void aCustomerReplyDoesNotEndAPendingStatus() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NINE_THIRTY, created(NINE), status(NINE_TEN, TicketStatus.PENDING_CUSTOMER),
                customerReply(NINE_FIFTEEN));
        assertEquals(ClockState.PAUSED, clock(ticket, Metric.RESOLUTION, 1).state());
    }

    @Test
    void aClockStoppedWhilePausedHasNoDueInstant() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, created(NINE), status(NINE_TEN, TicketStatus.ON_HOLD), resolved(NINE_THIRTY));
        ClockSnapshot resolution = clock(ticket, Metric.RESOLUTION, 1);
        assertEquals(ClockState.MET, resolution.state());
        assertNull(resolution.dueAt());
        assertEquals(NINE_THIRTY, resolution.stoppedAt());
    }

    @Test
    void becomingDoneStopsEveryClockAndAssignmentOnlyOpensANewTicket() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, created(NINE), assigned(NINE_TEN), resolved(NINE_TEN), assigned(NINE_THIRTY));
        assertEquals(TicketStatus.RESOLVED, ticket.status());
        assertEquals(NINE_TEN, clock(ticket, Metric.FIRST_RESPONSE, 1).stoppedAt());
        assertEquals(ClockState.MET, clock(ticket, Metric.FIRST_RESPONSE, 1).state());
    }

    @Test
    void warningsAreEmittedOnceEvenUnderANewPolicy() {
        // p3 50 % of 480 min is reached at 13:00; p1 (50 % of 60 min) at the change would repeat it
        TicketSla ticket = replay(BY_PRIORITY, NOON.plusSeconds(4 * 3600), created(NINE, Priority.P3),
                priority(NOON.plusSeconds(3600 + 60), Priority.P1));
        ClockSnapshot resolution = clock(ticket, Metric.RESOLUTION, 1);
        assertEquals(List.of(new Warning(50, NOON.plusSeconds(3600)), new Warning(75, NOON.plusSeconds(3660))),
                resolution.warnings());
        assertEquals(NOON.plusSeconds(3660), resolution.breachedAt());
    }

    @Test
    void aChangeToAPolicyWithoutTheMetricStopsItAsItIs() {
        TicketSla ticket = replay(BY_PRIORITY, TEN, created(NINE, Priority.P3), priority(NINE_THIRTY, Priority.P2));
        // P2 matches p3 first: the same policy changes nothing
        assertEquals(ClockState.RUNNING, clock(ticket, Metric.FIRST_RESPONSE, 1).state());
        TicketSla unmatched = replay(BY_PRIORITY, NOON, created(NINE, Priority.P3), priority(NINE_THIRTY, Priority.P4));
        ClockSnapshot firstResponse = clock(unmatched, Metric.FIRST_RESPONSE, 1);
        assertEquals(ClockState.MET, firstResponse.state());
        assertEquals("p3", firstResponse.policyId());
        assertEquals(7200, firstResponse.targetSeconds());
        assertEquals(NINE_THIRTY, firstResponse.stoppedAt());
        assertEquals(NINE_THIRTY.plusSeconds(7200 - 1800), firstResponse.dueAt());
        assertNull(unmatched.policy());
    }

    @Test
    void aPriorityChangeNeverCreatesAClock() {
        TicketSla ticket = replay(BY_PRIORITY, NOON, created(NINE, Priority.P4), priority(NINE_TEN, Priority.P3),
                publicReply(NINE_FIFTEEN), customerReply(NINE_THIRTY));
        // no FIRST_RESPONSE or RESOLUTION later; the public reply ended the first response, so a cycle starts
        assertEquals(List.of(Metric.NEXT_REPLY), ticket.snapshots().stream().map(ClockSnapshot::metric).toList());
        assertEquals(NINE_THIRTY, clock(ticket, Metric.NEXT_REPLY, 1).startedAt());
    }

    @Test
    void nextReplyCyclesWaitForTheFirstResponseAndNumberOnlyStartedCycles() {
        TicketSla ticket = replay(WITH_NEXT_REPLY, NOON, created(NINE), customerReply(NINE_TEN), privateNote(NINE_FIFTEEN),
                publicReply(NINE_FIFTEEN), customerReply(NINE_THIRTY), customerReply(TEN), publicReply(ELEVEN),
                customerReply(ELEVEN));
        ClockSnapshot first = clock(ticket, Metric.NEXT_REPLY, 1);
        assertEquals(NINE_THIRTY, first.startedAt());
        assertEquals(ELEVEN, first.stoppedAt());
        assertEquals(NINE_THIRTY.plusSeconds(1800), first.breachedAt());
        ClockSnapshot second = clock(ticket, Metric.NEXT_REPLY, 2);
        assertEquals(ELEVEN, second.startedAt());
        assertEquals(ClockState.BREACHED, second.state());
    }

    @Test
    void withoutAFirstResponseClockADoneTicketEndsTheFirstResponse() {
        PolicyBook nextReplyOnly = always("{'NEXT_REPLY': 30}", "[]");
        TicketSla ticket = replay(nextReplyOnly, NOON, created(NINE), customerReply(NINE_TEN), resolved(NINE_FIFTEEN),
                customerReply(NINE_FIFTEEN.plusSeconds(60)), reopened(NINE_THIRTY), customerReply(TEN));
        assertEquals(List.of(TEN), ticket.snapshots().stream().map(ClockSnapshot::startedAt).toList());
    }

    @Test
    void aReopenRunsResolutionAgainWithItsUsedTimeAndBreach() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, created(NINE), resolved(TEN.plusSeconds(600)), reopened(ELEVEN));
        ClockSnapshot resolution = clock(ticket, Metric.RESOLUTION, 1);
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(TEN, resolution.breachedAt());
        assertNull(resolution.stoppedAt());
        assertEquals(4200 + 3600, resolution.usedSeconds());
        assertEquals(0, resolution.pausedSeconds());
        assertEquals(TEN.plusSeconds(600), clock(ticket, Metric.FIRST_RESPONSE, 1).stoppedAt());
    }

    @Test
    void aReopenIntoAPausingStatusPausesAndAReopenUnderNoTargetStaysStopped() {
        TicketSla paused = replay(FIFTEEN_MINUTES, NOON, created(NINE), resolved(NINE_TEN),
                status(NINE_THIRTY, TicketStatus.PENDING_CUSTOMER));
        assertEquals(ClockState.PAUSED, clock(paused, Metric.RESOLUTION, 1).state());
        assertEquals(NOON.getEpochSecond() - NINE_THIRTY.getEpochSecond(), clock(paused, Metric.RESOLUTION, 1).pausedSeconds());

        TicketSla stopped = replay(BY_PRIORITY, NOON, created(NINE, Priority.P3), resolved(NINE_TEN),
                priority(NINE_FIFTEEN, Priority.P4), reopened(NINE_THIRTY));
        assertEquals(ClockState.MET, clock(stopped, Metric.RESOLUTION, 1).state());
        assertEquals(NINE_TEN, clock(stopped, Metric.RESOLUTION, 1).stoppedAt());
    }

    @Test
    void aReopenOfAClockThatStoppedExactlyAtItsTargetBreachesAtTheReopen() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, created(NINE), resolved(TEN), reopened(ELEVEN));
        assertEquals(ELEVEN, clock(ticket, Metric.RESOLUTION, 1).breachedAt());
    }

    @Test
    void duplicatesAreIgnoredWhateverTheirContent() {
        AgentReplied reply = publicReply(NINE_TEN);
        TicketEvent sameIdLater = new io.deskpulse.events.TicketResolved(reply.eventId(), "T-1", NINE_FIFTEEN, "test",
                null, null, false);
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, created(NINE), reply, sameIdLater);
        assertEquals(TicketStatus.NEW, ticket.status());
    }

    @Test
    void eventsBeforeTheCreationApplyAtTheCreationInstant() {
        TicketSla ticket = replay(FIFTEEN_MINUTES, NOON, publicReply(NINE.minusSeconds(60)),
                status(NINE.minusSeconds(30), TicketStatus.ON_HOLD), created(NINE));
        ClockSnapshot firstResponse = clock(ticket, Metric.FIRST_RESPONSE, 1);
        assertEquals(NINE, firstResponse.stoppedAt());
        assertEquals(0, firstResponse.usedSeconds());
        assertEquals(NINE_FIFTEEN, firstResponse.dueAt());
        ClockSnapshot resolution = clock(ticket, Metric.RESOLUTION, 1);
        assertEquals(ClockState.PAUSED, resolution.state());
        assertEquals(3 * 3600, resolution.pausedSeconds());
    }

    @Test
    void theFirstCreationInOccurredAtOrderCreatesTheTicket() {
        TicketSla ticket = replay(BY_PRIORITY, NOON, created(NINE_TEN, Priority.P1), created(NINE, Priority.P3));
        assertEquals("p3", ticket.policy().id());
        assertEquals(NINE, clock(ticket, Metric.RESOLUTION, 1).startedAt());
    }

    @Test
    void aTicketNeverCreatedHasNoClocks() {
        assertNull(TicketSla.replay(List.of(publicReply(NINE), resolved(TEN)), FIFTEEN_MINUTES));
    }

    @Test
    void aZeroThresholdIsReachedWhenTheClockStarts() {
        PolicyBook oneMinute = always("{'FIRST_RESPONSE': 1}", "[1, 50]");
        TicketSla ticket = replay(oneMinute, NINE_TEN, created(NINE));
        assertEquals(List.of(new Warning(1, NINE), new Warning(50, NINE.plusSeconds(30))),
                clock(ticket, Metric.FIRST_RESPONSE, 1).warnings());
        TicketSla answered = replay(oneMinute, NINE_TEN, created(NINE), publicReply(NINE));
        assertEquals(List.of(), clock(answered, Metric.FIRST_RESPONSE, 1).warnings());
    }

    @Test
    void incrementalApplyAndAdvanceEmitAlertsAtTheirInstantsAndNameTheNextDeadline() {
        TicketSla ticket = TicketSla.open(created(NINE), FIFTEEN_MINUTES);
        assertEquals(NINE.plusSeconds(450), ticket.nextDeadline());
        List<SlaAlert> alerts = new ArrayList<>(ticket.advanceTo(NINE_TEN));
        assertEquals(List.of(NINE.plusSeconds(450)), alerts.stream().map(SlaAlert::at).toList());
        assertEquals(NINE_FIFTEEN, ticket.nextDeadline());
        // settles what happens before 09:30 only: RESOLUTION's 50 % at 09:30 waits for the events of 09:30
        alerts = new ArrayList<>(ticket.apply(status(NINE_THIRTY, TicketStatus.ON_HOLD)));
        assertEquals(List.of(new SlaAlert("T-1", Metric.FIRST_RESPONSE, 1, "std", SlaAlert.Kind.BREACH, 100, NINE_FIFTEEN)),
                alerts);
        assertEquals(NINE_THIRTY, ticket.nextDeadline());
        assertEquals(List.of(new SlaAlert("T-1", Metric.RESOLUTION, 1, "std", SlaAlert.Kind.WARNING, 50, NINE_THIRTY)),
                ticket.advanceTo(NINE_THIRTY));
        assertNull(ticket.nextDeadline()); // FIRST_RESPONSE has nothing left, RESOLUTION is paused
        assertThrows(IllegalArgumentException.class, () -> ticket.apply(publicReply(NINE_THIRTY)));
    }

    @Test
    void theSerializedStateRestoresTheSameTicketAndIsSmall() {
        TicketSla ticket = replay(WITH_NEXT_REPLY, ELEVEN, created(NINE), publicReply(NINE_TEN),
                status(NINE_FIFTEEN, TicketStatus.PENDING_CUSTOMER), customerReply(NINE_THIRTY), status(TEN, TicketStatus.OPEN));
        byte[] state = TicketSlaCodec.write(ticket);
        assertTrue(state.length < 300, "state of " + state.length + " bytes");
        TicketSla restored = TicketSlaCodec.read(state, WITH_NEXT_REPLY);
        assertEquals(ticket.snapshots(), restored.snapshots());
        assertEquals(ticket.nextDeadline(), restored.nextDeadline());
        assertEquals(ticket.advanceTo(NOON.plusSeconds(7200)), restored.advanceTo(NOON.plusSeconds(7200)));
        assertEquals(ticket.snapshots(), restored.snapshots());
        assertEquals(ticket.timeline(Metric.RESOLUTION, 1), restored.timeline(Metric.RESOLUTION, 1));
    }

    @Test
    void theTimelineExplainsRunningPausedOutOfHoursAndStoppedTime() {
        PolicyBook office = book("{'calendars': [{'id': 'office', 'zone': 'UTC', 'hours': {'MON': ['09:00-10:00', '11:00-17:00']}}],"
                + " 'policies': [{'id': 'std', 'match': {}, 'calendar': 'office', 'targets': {'RESOLUTION': 600}}]}");
        TicketSla ticket = replay(office, NOON, created(NINE), status(NINE_THIRTY, TicketStatus.ON_HOLD),
                status(TEN.plusSeconds(600), TicketStatus.OPEN), resolved(ELEVEN.plusSeconds(1800)));
        assertEquals(List.of(
                new TimelineSegment(NINE, NINE_THIRTY, TimelineSegment.Kind.RUNNING, null, "std"),
                new TimelineSegment(NINE_THIRTY, TEN.plusSeconds(600), TimelineSegment.Kind.PAUSED, "ON_HOLD", "std"),
                new TimelineSegment(TEN.plusSeconds(600), ELEVEN, TimelineSegment.Kind.OUT_OF_HOURS, null, "std"),
                new TimelineSegment(ELEVEN, ELEVEN.plusSeconds(1800), TimelineSegment.Kind.RUNNING, null, "std"),
                new TimelineSegment(ELEVEN.plusSeconds(1800), null, TimelineSegment.Kind.STOPPED, "DONE", "std")),
                ticket.timeline(Metric.RESOLUTION, 1));
    }

    private static TicketSla replay(PolicyBook book, Instant until, TicketEvent... events) {
        TicketSla ticket = TicketSla.replay(Arrays.asList(events), book);
        ticket.advanceTo(until);
        return ticket;
    }

    private static ClockSnapshot clock(TicketSla ticket, Metric metric, int cycle) {
        return ticket.snapshots().stream()
                .filter(c -> c.metric() == metric && c.cycle() == cycle)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " cycle " + cycle + " in " + ticket.snapshots()));
    }
}
