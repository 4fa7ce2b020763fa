package io.deskpulse.jobs.workload;

import static io.deskpulse.jobs.cells.TicketStory.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.Channel;
import io.deskpulse.jobs.cells.CellChange;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketCells;
import io.deskpulse.jobs.cells.TicketFact;
import io.deskpulse.jobs.cells.TicketHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-ticket operator on Flink's keyed test harness: changes, duplicates, late events, retention. */
class TicketWorkloadTest {

    private static final RegionZones ZONES = RegionZones.parse(RegionZones.DEFAULT);

    private KeyedOneInputStreamOperatorTestHarness<String, TicketFact, CellChange<WorkloadCell, WorkloadMeasures>> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new TicketWorkload(ZONES)),
                TicketFact::ticketId, Types.STRING);
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private List<TicketFact> story() {
        return ticket("H-1")
                .created("2026-03-02T01:40:00Z", "cn-east", "desk", "hardware/printer/jam", Channel.EMAIL)
                .assigned("2026-03-02T01:50:00Z", "a1", "printers")
                .resolved("2026-03-02T03:20:00Z", "a1", false)
                .closed("2026-03-04T00:00:00Z")
                .facts();
    }

    private List<CellChange<WorkloadCell, WorkloadMeasures>> feed(TicketFact fact) throws Exception {
        harness.getOutput().clear();
        harness.processElement(new StreamRecord<>(fact, fact.at().toEpochMilli()));
        return harness.extractOutputValues();
    }

    /** The sum of every change emitted so far, per cell: what the cell totals would hold. */
    private static Map<WorkloadCell, WorkloadMeasures> sum(List<CellChange<WorkloadCell, WorkloadMeasures>> changes) {
        Map<WorkloadCell, WorkloadMeasures> totals = new HashMap<>();
        changes.forEach(c -> totals.merge(c.cell(), c.delta(), WorkloadMeasures::plus));
        totals.values().removeIf(WorkloadMeasures::isZero);
        return totals;
    }

    @Test
    void aDuplicateChangesNothingAndALateEventCorrectsOnlyItsCells() throws Exception {
        List<TicketFact> facts = story();
        List<CellChange<WorkloadCell, WorkloadMeasures>> all = new ArrayList<>();
        all.addAll(feed(facts.get(0)));
        all.addAll(feed(facts.get(2))); // resolved, before the assignment arrives
        assertEquals(List.of(), feed(facts.get(2)), "a redelivered event is a duplicate");

        List<CellChange<WorkloadCell, WorkloadMeasures>> late = feed(facts.get(1));
        all.addAll(late);

        assertEquals(sum(all), WorkloadContributions.of(
                TicketHistory.of(facts.subList(0, 3)), ZONES),
                "the emitted changes add up to the ticket's contributions as if in order");
        assertTrue(late.stream().anyMatch(c -> c.cell().team().equals("desk") && c.delta().resolved() == -1),
                "the resolution moves from the desk team's cell to the printers team's");
    }

    @Test
    void aClosedTicketIsForgottenAfterTheRetention() throws Exception {
        for (TicketFact fact : story()) {
            feed(fact);
        }
        Instant closed = Instant.parse("2026-03-04T00:00:00Z");
        harness.processWatermark(closed.plus(TicketCells.RETENTION).toEpochMilli());
        assertEquals(1, harness.numKeyedStateEntries(), "history and contributions are gone; the retired mark stays");

        TicketFact tooLate = ticket("H-1").created("2026-03-02T01:40:00Z", "cn-east", "desk", "x", Channel.EMAIL)
                .rated("2026-04-20T00:00:00Z", 5, 10).facts().get(1);
        assertEquals(List.of(), feed(tooLate), "facts after the retention are ignored");
    }
}
