package io.deskpulse.jobs.sla;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.jobs.attainment.AttainmentCell;
import io.deskpulse.jobs.attainment.AttainmentMeasures;
import io.deskpulse.jobs.attainment.TicketAttainment;
import io.deskpulse.jobs.cells.CellChange;
import io.deskpulse.jobs.cells.CellTotal;
import io.deskpulse.jobs.cells.CellPipeline;
import io.deskpulse.jobs.source.ArrivedEvent;
import io.deskpulse.jobs.source.ConsumedRecord;
import io.deskpulse.jobs.source.DeadLetterRouter;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Ticket events in; SLA clocks, current tickets, warnings and breaches out, and records that are
 * not valid events to the dead-letter sink. New SLA configuration versions arrive on a second,
 * broadcast input; every version (the initial one too) is also written to the policy and calendar
 * tables. Source and sinks are passed in, so the same pipeline
 * runs on Kafka and ClickHouse in production and on in-memory data in tests.
 */
public final class SlaMonitorJob {

    public static final String NAME = "sla-monitor";

    /** Where the job's outputs go. */
    public record Sinks(Sink<ClockRow> clocks, Sink<TicketRow> tickets, Sink<AlertRow> alertTable,
            Sink<AlertRow> alertTopic, Sink<DeadLetter> deadLetters, Sink<ArrivedEvent> events,
            Sink<CellTotal<AttainmentCell, AttainmentMeasures>> attainment, Sink<ConfigurationItem> policies,
            Sink<ConfigurationItem> calendars) {}

    private final Source<ConsumedRecord, ?, ?> source;
    private final Source<byte[], ?, ?> configurationSource;
    private final WatermarkStrategy<ConsumedRecord> watermarks;
    private final Sinks sinks;
    private final byte[] slaConfiguration;

    /**
     * @param slaConfiguration the initial SLA policies and calendars (JSON of SLA-SPEC.md)
     * @param configurationSource later configuration documents (the {@code sla-config} topic)
     */
    public SlaMonitorJob(Source<ConsumedRecord, ?, ?> source, WatermarkStrategy<ConsumedRecord> watermarks,
            Sinks sinks, byte[] slaConfiguration, Source<byte[], ?, ?> configurationSource) {
        this.source = source;
        this.configurationSource = configurationSource;
        this.watermarks = watermarks;
        this.sinks = sinks;
        this.slaConfiguration = slaConfiguration.clone();
    }

    /** Adds the pipeline to {@code env}; call {@code env.execute} or {@link #start} to run it. */
    public void build(StreamExecutionEnvironment env) {
        SingleOutputStreamOperator<ArrivedEvent> events = env.fromSource(source, watermarks, "ticket-events")
                .process(new DeadLetterRouter()).name("dead-letter-router").uid("dead-letter-router");
        events.sinkTo(sinks.events()).name("ticket_events").uid("ticket-events-sink");
        events.getSideOutput(DeadLetterRouter.DEAD_LETTERS).sinkTo(sinks.deadLetters()).name("dead-letters")
                .uid("dead-letters-sink");

        DataStream<byte[]> published = env
                .fromSource(configurationSource, ConfigurationWatermarks.idleBetweenDocuments(), "sla-config");
        BroadcastStream<byte[]> configurations = published.broadcast(SlaMonitorFunction.CONFIGURATIONS);
        configurationTables(env, published);
        SingleOutputStreamOperator<ClockRow> clocks = events
                .keyBy(ArrivedEvent::ticketId)
                .connect(configurations)
                .process(new SlaMonitorFunction(slaConfiguration))
                .name("sla-clocks")
                .uid("sla-clocks");
        clocks.sinkTo(sinks.clocks()).name("sla_clocks").uid("sla-clocks-sink");
        attainment(clocks).sinkTo(sinks.attainment()).name("sla_attainment_daily").uid("sla-attainment-sink");
        clocks.getSideOutput(SlaMonitorFunction.TICKETS).sinkTo(sinks.tickets()).name("tickets").uid("tickets-sink");
        DataStream<AlertRow> alerts = clocks.getSideOutput(SlaMonitorFunction.ALERTS);
        alerts.sinkTo(sinks.alertTable()).name("sla_alerts").uid("sla-alerts-sink");
        alerts.sinkTo(sinks.alertTopic()).name("sla-alerts").uid("sla-alerts-topic");
    }

    /** Every configuration version the engine applies, as rows of the policy and calendar tables. */
    private void configurationTables(StreamExecutionEnvironment env, DataStream<byte[]> published) {
        DataStream<ConfigurationItem> items = env
                .fromData(List.of(slaConfiguration), PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)
                .flatMap(ConfigurationItems.initial()).name("initial-configuration").uid("initial-configuration")
                .union(published.flatMap(ConfigurationItems.published()).name("published-configurations")
                        .uid("published-configurations"));
        items.filter(item -> item.kind() == ConfigurationItem.Kind.POLICY)
                .sinkTo(sinks.policies()).name("sla_policies").uid("sla-policies-sink");
        items.filter(item -> item.kind() == ConfigurationItem.Kind.CALENDAR)
                .sinkTo(sinks.calendars()).name("business_calendars").uid("business-calendars-sink");
    }

    /** The clocks' outcomes as daily cells per region, team and metric. */
    private static DataStream<CellTotal<AttainmentCell, AttainmentMeasures>> attainment(DataStream<ClockRow> clocks) {
        DataStream<CellChange<AttainmentCell, AttainmentMeasures>> changes = clocks
                .keyBy(row -> row.clock().ticketId())
                .process(new TicketAttainment()).returns(CellPipeline.<AttainmentCell, AttainmentMeasures>changeType())
                .name("attainment-tickets").uid("attainment-tickets");
        return CellPipeline.sum(changes, AttainmentCell.class, AttainmentMeasures.class, "attainment");
    }

    /** Builds and submits the job without waiting for it to end (it never does on Kafka). */
    public JobClient start(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync(NAME);
    }
}
