package io.deskpulse.jobs.satisfaction;

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
 * Ticket events in; daily satisfaction cells (resolutions, first contact, reopens, CSAT and NPS)
 * per region, team, agent, category and channel out (docs/metrics.md).
 */
public final class SatisfactionJob {

    public static final String NAME = "satisfaction";

    private final Source<ConsumedRecord, ?, ?> events;
    private final WatermarkStrategy<ConsumedRecord> watermarks;
    private final Sink<CellTotal<SatisfactionCell, SatisfactionMeasures>> cells;
    private final RegionZones zones;

    public SatisfactionJob(Source<ConsumedRecord, ?, ?> events, WatermarkStrategy<ConsumedRecord> watermarks,
            Sink<CellTotal<SatisfactionCell, SatisfactionMeasures>> cells, RegionZones zones) {
        this.events = events;
        this.watermarks = watermarks;
        this.cells = cells;
        this.zones = zones;
    }

    public void build(StreamExecutionEnvironment env) {
        DataStream<TicketFact> facts = env.fromSource(events, watermarks, "ticket-events")
                .flatMap(new EventFacts()).returns(TypeInformation.of(TicketFact.class))
                .name("event-facts").uid("satisfaction-event-facts");
        CellPipeline.totals(facts, new TicketSatisfaction(zones), SatisfactionCell.class, SatisfactionMeasures.class,
                        NAME)
                .sinkTo(cells).name("satisfaction_daily").uid("satisfaction-daily-sink");
    }

    public JobClient start(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync(NAME);
    }
}
