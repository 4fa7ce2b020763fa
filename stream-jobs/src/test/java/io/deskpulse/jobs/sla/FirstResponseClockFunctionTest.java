package io.deskpulse.jobs.sla;

import static io.deskpulse.jobs.sla.TicketScenarios.HALF_PAST_NINE;
import static io.deskpulse.jobs.sla.TicketScenarios.NINE_AM;
import static io.deskpulse.jobs.sla.TicketScenarios.TEN_PAST_NINE;
import static io.deskpulse.jobs.sla.TicketScenarios.TWENTY_TO_TEN;
import static io.deskpulse.jobs.sla.TicketScenarios.created;
import static io.deskpulse.jobs.sla.TicketScenarios.internalNote;
import static io.deskpulse.jobs.sla.TicketScenarios.publicReply;
import static io.deskpulse.jobs.sla.TicketScenarios.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.sla.FirstResponseSla;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstResponseClockFunctionTest {

    private KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, ClockRow> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new FirstResponseClockFunction(FirstResponseSla.DEFAULT)),
                TicketEvent::ticketId, Types.STRING);
        harness.setProcessingTime(NINE_AM.toEpochMilli());
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void creationStartsAClockDueThirtyMinutesLaterWithATimerAtTheDueInstant() throws Exception {
        push(created("T-1", NINE_AM));

        ClockRow clock = single(harness.extractOutputValues());
        assertEquals("RUNNING", clock.state());
        assertEquals(HALF_PAST_NINE, clock.dueAt());
        assertEquals(1, harness.numProcessingTimeTimers());
        assertEquals("NEW", harness.getSideOutput(FirstResponseClockFunction.TICKETS).peek().getValue().status());
    }

    @Test
    void aPublicReplyBeforeTheDueInstantMeetsTheTarget() throws Exception {
        push(created("T-1", NINE_AM));
        push(internalNote("T-1", TEN_PAST_NINE));
        push(publicReply("T-1", TEN_PAST_NINE));

        List<ClockRow> clocks = harness.extractOutputValues();
        assertEquals(2, clocks.size(), "an internal note changes no clock");
        ClockRow met = clocks.get(1);
        assertEquals("MET", met.state());
        assertEquals(TEN_PAST_NINE, met.stoppedAt());
        assertEquals(600, met.usedSeconds());
        assertNull(met.breachedAt());

        harness.setProcessingTime(TWENTY_TO_TEN.toEpochMilli());
        assertEquals(2, harness.extractOutputValues().size(), "the timer of a stopped clock reports nothing");
    }

    @Test
    void aReplyExactlyAtTheDueInstantStillMeetsIt() throws Exception {
        push(created("T-1", NINE_AM));
        push(publicReply("T-1", HALF_PAST_NINE));

        assertEquals("MET", harness.extractOutputValues().get(1).state());
    }

    @Test
    void theWallClockReportsTheBreachWhenNoEventArrives() throws Exception {
        push(created("T-1", NINE_AM));

        harness.setProcessingTime(HALF_PAST_NINE.toEpochMilli());

        ClockRow breached = harness.extractOutputValues().get(1);
        assertEquals("BREACHED", breached.state());
        assertEquals(HALF_PAST_NINE, breached.breachedAt());
        assertNull(breached.stoppedAt());
        assertEquals(0, harness.numProcessingTimeTimers());
    }

    @Test
    void resolvingLateStopsTheClockAsBreachedAndResolvesTheTicket() throws Exception {
        push(created("T-1", NINE_AM));
        push(resolved("T-1", TWENTY_TO_TEN));

        ClockRow stopped = harness.extractOutputValues().get(1);
        assertEquals("BREACHED", stopped.state());
        assertEquals(HALF_PAST_NINE, stopped.breachedAt());
        assertEquals(TWENTY_TO_TEN, stopped.stoppedAt());
        assertEquals(2400, stopped.usedSeconds());
        var tickets = harness.getSideOutput(FirstResponseClockFunction.TICKETS).stream()
                .map(StreamRecord::getValue).toList();
        assertEquals("RESOLVED", tickets.getLast().status());
        assertEquals(TWENTY_TO_TEN, tickets.getLast().resolvedAt());
        assertTrue(tickets.getLast().version() > tickets.getFirst().version());
    }

    @Test
    void aSecondCreationAndEventsOfUnknownTicketsChangeNothing() throws Exception {
        push(created("T-1", NINE_AM));
        push(created("T-1", TEN_PAST_NINE));
        push(publicReply("T-404", TEN_PAST_NINE));

        assertEquals(1, harness.extractOutputValues().size());
    }

    @Test
    void versionsOfAClockNeverGoDownEvenWhenTheTimerFiresBeforeAReplayedReply() throws Exception {
        harness.setProcessingTime(TWENTY_TO_TEN.toEpochMilli());
        push(created("T-1", NINE_AM));
        harness.setProcessingTime(TWENTY_TO_TEN.toEpochMilli() + 1);
        push(publicReply("T-1", TEN_PAST_NINE));

        List<ClockRow> clocks = harness.extractOutputValues();
        assertEquals(List.of("RUNNING", "BREACHED", "MET"), clocks.stream().map(ClockRow::state).toList());
        assertTrue(clocks.get(2).version() > clocks.get(1).version(), "the event-time answer must win");
    }

    private void push(TicketEvent event) throws Exception {
        harness.processElement(event, event.occurredAt().toEpochMilli());
    }

    private static ClockRow single(List<ClockRow> rows) {
        assertEquals(1, rows.size(), () -> "expected one row, got " + rows);
        return rows.getFirst();
    }
}
