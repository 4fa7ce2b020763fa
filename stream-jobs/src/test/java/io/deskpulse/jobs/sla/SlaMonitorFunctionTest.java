package io.deskpulse.jobs.sla;

import static io.deskpulse.jobs.sla.TicketScenarios.HALF_PAST_NINE;
import static io.deskpulse.jobs.sla.TicketScenarios.NINE_AM;
import static io.deskpulse.jobs.sla.TicketScenarios.STANDARD_POLICY;
import static io.deskpulse.jobs.sla.TicketScenarios.TEN_PAST_NINE;
import static io.deskpulse.jobs.sla.TicketScenarios.created;
import static io.deskpulse.jobs.sla.TicketScenarios.publicReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.jobs.source.ArrivedEvent;
import io.deskpulse.sla.clock.ClockSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA operator in Flink's keyed broadcast test harness, with its two clocks under test control:
 * the watermark (event time) and the harness's processing time (the wall clock); configuration
 * documents arrive on the broadcast input.
 */
class SlaMonitorFunctionTest {

    private static final Instant TEN_HOURS_LATER = NINE_AM.plus(Duration.ofHours(10));

    private KeyedBroadcastOperatorTestHarness<String, ArrivedEvent, byte[], ClockRow> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new SlaMonitorFunction(STANDARD_POLICY), ArrivedEvent::ticketId, Types.STRING,
                SlaMonitorFunction.CONFIGURATIONS);
        // In the job the configuration input is idle, so only the events' watermark counts; the
        // harness has no idle inputs, so this input's watermark is put out of the way instead.
        harness.processBroadcastWatermark(Long.MAX_VALUE);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void creationStartsTheClocksOfThePolicyWithTimersAtTheFirstThreshold() throws Exception {
        wallClock(NINE_AM);
        push(created("T-1", NINE_AM));

        assertEquals(Map.of("FIRST_RESPONSE", "RUNNING due 09:30", "RESOLUTION", "RUNNING due 10:00"), clocks());
        assertEquals(1, harness.numEventTimeTimers(), "the 50 % warning of the first response at 09:15");
        assertEquals(1, harness.numProcessingTimeTimers());
    }

    @Test
    void onAQuietStreamTheWallClockReportsTheBreachAtItsInstant() throws Exception {
        wallClock(NINE_AM);
        push(created("T-1", NINE_AM));

        wallClock(HALF_PAST_NINE);

        assertEquals(List.of("FIRST_RESPONSE WARNING 50 09:15", "FIRST_RESPONSE BREACH 100 09:30",
                "RESOLUTION WARNING 50 09:30"), alerts());
        assertEquals("BREACHED due 09:30", clocks().get("FIRST_RESPONSE"));
    }

    @Test
    void whileCatchingUpOnABacklogOnlyTheWatermarkSettlesDeadlines() throws Exception {
        wallClock(TEN_HOURS_LATER);
        pushFromBacklog(created("T-1", NINE_AM));
        wallClock(TEN_HOURS_LATER.plusMillis(1));
        assertEquals(List.of(), alerts(), "a replayed ticket is not breached by the wall clock");

        pushFromBacklog(publicReply("T-1", TEN_PAST_NINE));
        harness.processWatermark(TEN_HOURS_LATER.toEpochMilli());

        assertEquals("MET due 09:30", clocks().get("FIRST_RESPONSE"));
        assertEquals(List.of("RESOLUTION WARNING 50 09:30", "RESOLUTION BREACH 100 10:00"), alerts());
    }

    @Test
    void anEventArrivingAfterADeadlineWasSettledIsAppliedInItsPlaceInTime() throws Exception {
        wallClock(NINE_AM);
        push(created("T-1", NINE_AM));
        wallClock(HALF_PAST_NINE);
        assertEquals("BREACHED due 09:30", clocks().get("FIRST_RESPONSE"));

        push(publicReply("T-1", TEN_PAST_NINE));

        assertEquals("MET due 09:30", clocks().get("FIRST_RESPONSE"), "the clocks follow the event log");
    }

    @Test
    void aRepeatedEventIdHasNoEffect() throws Exception {
        wallClock(NINE_AM);
        push(created("T-1", NINE_AM));
        TicketEvent reply = publicReply("T-1", TEN_PAST_NINE);
        push(reply);
        int rows = harness.extractOutputValues().size();

        push(reply);

        assertEquals(rows, harness.extractOutputValues().size());
    }

    @Test
    void eventsBeforeTheCreationWaitForIt() throws Exception {
        wallClock(NINE_AM);
        push(publicReply("T-1", TEN_PAST_NINE));
        assertEquals(Map.of(), clocks());

        push(created("T-1", NINE_AM));

        assertEquals("MET due 09:30", clocks().get("FIRST_RESPONSE"));
    }

    @Test
    void aConfigurationVersionFromTheTopicAppliesToTicketsCreatedFromItsEffectiveInstant() throws Exception {
        wallClock(NINE_AM);
        push(created("T-1", NINE_AM));
        harness.processBroadcastElement(configuration("v2", TEN_PAST_NINE, 5), 0);
        push(created("T-2", TEN_PAST_NINE));

        assertEquals("RUNNING due 09:30", clocks("T-1").get("FIRST_RESPONSE"), "T-1 keeps the version of its creation");
        assertEquals("RUNNING due 09:15", clocks("T-2").get("FIRST_RESPONSE"));
    }

    @Test
    void anInvalidConfigurationIsRejectedAndTheVersionsInForceStay() throws Exception {
        harness.processBroadcastElement("{\"calendars\": []}".getBytes(StandardCharsets.UTF_8), 0);
        harness.processBroadcastElement(configuration(null, NINE_AM, 5), 0);
        wallClock(TEN_PAST_NINE);
        push(created("T-1", TEN_PAST_NINE));

        assertEquals("RUNNING due 09:40", clocks("T-1").get("FIRST_RESPONSE"));
        assertFalse(harness.getBroadcastState(SlaMonitorFunction.CONFIGURATIONS).entries().iterator().hasNext(),
                "neither document was taken in");
    }

    private static byte[] configuration(String version, Instant effectiveFrom, int firstResponseMinutes) {
        return ("{" + (version == null ? "" : "\"version\": \"" + version + "\", ")
                + "\"effectiveFrom\": \"" + effectiveFrom + "\","
                + "\"calendars\": [{\"id\": \"always\", \"alwaysOpen\": true}],"
                + "\"policies\": [{\"id\": \"fast\", \"match\": {}, \"calendar\": \"always\","
                + "\"targets\": {\"FIRST_RESPONSE\": " + firstResponseMinutes + "}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void wallClock(Instant at) throws Exception {
        harness.setProcessingTime(at.toEpochMilli());
    }

    /** An event appended to the topic just now, by the harness's wall clock: a live stream. */
    private void push(TicketEvent event) throws Exception {
        harness.processElement(new ArrivedEvent(event, harness.getProcessingTime()), event.occurredAt().toEpochMilli());
    }

    /** An event appended when it happened, long before it is processed: a backlog being caught up. */
    private void pushFromBacklog(TicketEvent event) throws Exception {
        harness.processElement(new ArrivedEvent(event, event.occurredAt().toEpochMilli()),
                event.occurredAt().toEpochMilli());
    }

    /** The latest row of each clock of T-1, as "STATE due HH:MM". */
    private Map<String, String> clocks() {
        return clocks("T-1");
    }

    private Map<String, String> clocks(String ticketId) {
        Map<String, String> latest = new LinkedHashMap<>();
        for (ClockRow row : harness.extractOutputValues()) {
            ClockSnapshot c = row.clock();
            if (!c.ticketId().equals(ticketId)) {
                continue;
            }
            latest.put(c.metric().name(), c.state() + " due " + (c.dueAt() == null ? "-" : hhmm(c.dueAt())));
        }
        return latest;
    }

    private List<String> alerts() {
        return harness.getSideOutput(SlaMonitorFunction.ALERTS) == null ? List.of()
                : harness.getSideOutput(SlaMonitorFunction.ALERTS).stream()
                        .map(StreamRecord::getValue)
                        .map(a -> a.alert().metric() + " " + a.alert().kind() + " " + a.alert().pct() + " "
                                + hhmm(a.alert().at()))
                        .toList();
    }

    private static String hhmm(Instant instant) {
        return instant.toString().substring(11, 16);
    }

}
