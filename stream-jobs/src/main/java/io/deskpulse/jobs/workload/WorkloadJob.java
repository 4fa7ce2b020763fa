package io.deskpulse.jobs.workload;

import io.deskpulse.jobs.cells.CellChange;
import io.deskpulse.jobs.cells.CellPipeline;
import io.deskpulse.jobs.cells.CellTotal;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketFact;
import io.deskpulse.jobs.source.ConsumedRecord;
import io.deskpulse.jobs.source.EventFacts;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Ticket events and the SLA monitor's alerts in; hourly workload cells per region, team and agent
 * out (docs/metrics.md), and the same changes summed by UTC day into daily cells (for the tiles that
 * sum long stretches of history). Sources and sinks are passed in, as for every job.
 */
public final class WorkloadJob {

    public static final String NAME = "workload";

    private final Source<ConsumedRecord, ?, ?> events;
    private final WatermarkStrategy<ConsumedRecord> eventWatermarks;
    private final Source<TicketFact, ?, ?> alerts;
    private final WatermarkStrategy<TicketFact> alertWatermarks;
    private final Sink<CellTotal<WorkloadCell, WorkloadMeasures>> cells;
    private final Sink<CellTotal<WorkloadDay, WorkloadMeasures>> days;
    private final RegionZones zones;

    public WorkloadJob(Source<ConsumedRecord, ?, ?> events, WatermarkStrategy<ConsumedRecord> eventWatermarks,
            Source<TicketFact, ?, ?> alerts, WatermarkStrategy<TicketFact> alertWatermarks,
            Sink<CellTotal<WorkloadCell, WorkloadMeasures>> cells, Sink<CellTotal<WorkloadDay, WorkloadMeasures>> days,
            RegionZones zones) {
        this.events = events;
        this.eventWatermarks = eventWatermarks;
        this.alerts = alerts;
        this.alertWatermarks = alertWatermarks;
        this.cells = cells;
        this.days = days;
        this.zones = zones;
    }

    public void build(StreamExecutionEnvironment env) {
        DataStream<TicketFact> eventFacts = env.fromSource(events, eventWatermarks, "ticket-events")
                .flatMap(new EventFacts()).returns(TypeInformation.of(TicketFact.class))
                .name("event-facts").uid("workload-event-facts");
        DataStream<TicketFact> alertFacts = env.fromSource(alerts, alertWatermarks, "sla-alerts")
                .uid("workload-sla-alerts");
        DataStream<CellChange<WorkloadCell, WorkloadMeasures>> changes =
                CellPipeline.changes(eventFacts.union(alertFacts), new TicketWorkload(zones), NAME);
        CellPipeline.sum(changes, WorkloadCell.class, WorkloadMeasures.class, NAME)
                .sinkTo(cells).name("workload_hourly").uid("workload-hourly-sink");
        DataStream<CellChange<WorkloadDay, WorkloadMeasures>> dayChanges = changes
                .map(new DailyWorkload()).returns(CellPipeline.<WorkloadDay, WorkloadMeasures>changeType())
                .name("workload-days").uid("workload-days");
        CellPipeline.sum(dayChanges, WorkloadDay.class, WorkloadMeasures.class, NAME + "-daily")
                .sinkTo(days).name("workload_daily").uid("workload-daily-sink");
    }

    public JobClient start(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync(NAME);
    }
}
