package io.deskpulse.bench;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.CustomerReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.jobs.sla.TicketRow;
import io.deskpulse.sla.clock.TicketSla;
import io.deskpulse.sla.clock.TicketSlaCodec;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.TimerHeapInternalTimer;
import org.apache.flink.streaming.api.operators.TimerSerializer;

/**
 * {@code bin/bench state-size}: the serialized keyed state of an open ticket, as
 * {@code SlaMonitorFunction} keeps it: the engine's {@link TicketSlaCodec} bytes
 * ({@code ValueState<byte[]>}), the ticket's events ({@code ListState<TicketEvent>}), its row
 * ({@code ValueState<TicketRow>}), its configuration version ({@code ValueState<String>}) and two timers, each serialized with the TypeSerializer Flink derives
 * from the state descriptor's class (as the function declares it), laid out as RocksDB stores it.
 */
final class StateSizeBench {

    private static final int SAMPLE_TICKETS = 10_000;
    private static final int GOAL_BYTES = 1024;

    /** Flink's serializers for the function's state, from the classes its descriptors name. */
    private static final SerializerConfigImpl SERIALIZERS = new SerializerConfigImpl();
    private static final TypeSerializer<String> KEY = serializer(String.class);
    private static final TypeSerializer<byte[]> ENGINE = serializer(byte[].class);
    private static final TypeSerializer<TicketEvent> EVENT = serializer(TicketEvent.class);
    private static final TypeSerializer<TicketRow> ROW = serializer(TicketRow.class);
    private static final TimerSerializer<String, VoidNamespace> TIMER =
            new TimerSerializer<>(KEY, VoidNamespaceSerializer.INSTANCE);

    /** RocksDB key of a state entry: key-group prefix (1 byte up to max parallelism 128), key, namespace. */
    private static final int KEY_GROUP_PREFIX = 1;

    /** The states of SlaMonitorFunction, each with a RocksDB key. */
    private static final int STATES = 4;

    private record Sizes(int engine, int events, int eventCount, int eventsJson, int row, int configVersion,
            int timers, int keys) {
        int total() {
            return engine + events + row + configVersion + timers + keys;
        }
    }

    /** The version the function keeps for tickets under the job's initial configuration (PolicyVersions). */
    private static final String INITIAL_VERSION = "initial";

    private StateSizeBench() {}

    static void run() throws Exception {
        Report.title("state-size: serialized keyed state per open ticket");
        PolicyBook book = ConfigurationReader.read(BenchEvents.config());
        System.out.printf("serializers Flink derives for the function's state: engine %s, events %s, ticket %s%n",
                ENGINE.getClass().getSimpleName(), EVENT.getClass().getSimpleName(), ROW.getClass().getSimpleName());

        List<TicketEvent> typicalEvents = typicalOpenTicket();
        Sizes typical = sizes(typicalEvents, book, typicalEvents.getFirst().occurredAt().plusSeconds(9000));
        List<Sizes> sample = sample(book);
        Report.table("part of the state (bytes)", "typical open ticket", "sample mean", "sample p99", "sample max")
                .row("engine: TicketSlaCodec bytes (ValueState<byte[]>, +4 length)", typical.engine(),
                        mean(sample, Sizes::engine), p99(sample, Sizes::engine), max(sample, Sizes::engine))
                .row("events: ListState<TicketEvent>, Kryo, 1-byte separators", typical.events(),
                        mean(sample, Sizes::events), p99(sample, Sizes::events), max(sample, Sizes::events))
                .row("  (number of events kept)", typical.eventCount(), mean(sample, Sizes::eventCount),
                        p99(sample, Sizes::eventCount), max(sample, Sizes::eventCount))
                .row("  (the same events as JSON, for comparison)", typical.eventsJson(),
                        mean(sample, Sizes::eventsJson), p99(sample, Sizes::eventsJson), max(sample, Sizes::eventsJson))
                .row("ticket: ValueState<TicketRow>", typical.row(), mean(sample, Sizes::row), p99(sample, Sizes::row),
                        max(sample, Sizes::row))
                .row("config version: ValueState<String> (\"" + INITIAL_VERSION + "\")",
                        typical.configVersion(), mean(sample, Sizes::configVersion), p99(sample, Sizes::configVersion),
                        max(sample, Sizes::configVersion))
                .row("timers: event-time + processing-time at the next deadline", typical.timers(),
                        mean(sample, Sizes::timers), p99(sample, Sizes::timers), max(sample, Sizes::timers))
                .row("RocksDB keys of the " + STATES + " states (key group + ticket id + namespace)", typical.keys(),
                        mean(sample, Sizes::keys), p99(sample, Sizes::keys), max(sample, Sizes::keys))
                .row("TOTAL keyed state per ticket", typical.total(), mean(sample, Sizes::total),
                        p99(sample, Sizes::total), max(sample, Sizes::total))
                .print();
        System.out.printf("""
                typical open ticket: created, assigned, public reply, pending customer (a pause), customer reply,
                open again, 2.5 h after creation; 3 clocks, one pause.
                sample: %,d generated tickets (bin/bench's generator), each cut at a random point before resolution.
                Not counted: RocksDB's own per-entry overhead and compression; on the heap backend the objects
                take more memory than this (Java object headers), and these are the bytes of its checkpoints.
                """, SAMPLE_TICKETS);
        int worst = max(sample, Sizes::total);
        Report.table("goal", "measured", "met")
                .row("engine state <= 1 KB (typical / max)", typical.engine() + " / " + max(sample, Sizes::engine) + " B",
                        Report.yesNo(max(sample, Sizes::engine) <= GOAL_BYTES))
                .row("job's keyed state <= 1 KB (typical / max)", typical.total() + " / " + worst + " B",
                        Report.yesNo(worst <= GOAL_BYTES))
                .print();
    }

    private static List<TicketEvent> typicalOpenTicket() {
        Instant at = Instant.parse("2026-11-16T01:00:00Z");
        String id = "T-1234567";
        return List.of(
                new TicketCreated(UUID.randomUUID(), id, at, "bench", "C-42", "STANDARD", "east", "l1",
                        "hardware/printer/jam", Priority.P2, Channel.EMAIL, "Printer jams"),
                new TicketAssigned(UUID.randomUUID(), id, at.plusSeconds(300), "bench", "a1", "l1"),
                new AgentReplied(UUID.randomUUID(), id, at.plusSeconds(1200), "bench", "a1", true),
                new StatusChanged(UUID.randomUUID(), id, at.plusSeconds(3600), "bench", TicketStatus.PENDING_CUSTOMER,
                        "logs"),
                new CustomerReplied(UUID.randomUUID(), id, at.plusSeconds(7200), "bench"),
                new StatusChanged(UUID.randomUUID(), id, at.plusSeconds(7200), "bench", TicketStatus.OPEN, "answered"));
    }

    private static List<Sizes> sample(PolicyBook book) throws IOException {
        Random random = new Random(7);
        List<Sizes> sizes = new ArrayList<>();
        Instant from = Instant.parse("2026-11-02T00:00:00Z");
        for (int t = 0; t < SAMPLE_TICKETS; t++) {
            List<TicketEvent> events = BenchEvents.ticket(random, "BT-" + (1_000_000 + t),
                    from.plusSeconds(random.nextInt(14 * 86_400)));
            sizes.add(sizes(events.subList(0, 1 + random.nextInt(events.size() - 1)), book, null));
        }
        return sizes;
    }

    /** The state the function keeps after {@code events} (and timers up to {@code until}), part by part. */
    private static Sizes sizes(List<TicketEvent> events, PolicyBook book, Instant until) throws IOException {
        TicketSla sla = TicketSla.replay(events, book);
        if (until != null) {
            sla.advanceTo(until);
        }
        TicketCreated created = (TicketCreated) events.getFirst();
        String agent = events.stream().filter(e -> e instanceof TicketAssigned).map(e -> ((TicketAssigned) e).agentId())
                .findFirst().orElse("");
        Instant resolvedAt = events.getLast() instanceof TicketResolved r ? r.occurredAt() : null;
        TicketRow row = new TicketRow(created, sla.status().name(), agent, resolvedAt, sla.now().toEpochMilli());

        int eventBytes = events.size() - 1; // RocksDB's list separators
        int json = 0;
        for (TicketEvent event : events) {
            eventBytes += size(EVENT, event);
            json += TicketEventCodec.encode(event).length;
        }
        int key = KEY_GROUP_PREFIX + size(KEY, created.ticketId()) + size(VoidNamespaceSerializer.INSTANCE,
                VoidNamespace.INSTANCE);
        long deadline = sla.nextDeadline() == null ? 0 : sla.nextDeadline().toEpochMilli();
        int timers = sla.nextDeadline() == null ? 0 : 2 * (KEY_GROUP_PREFIX
                + size(TIMER, new TimerHeapInternalTimer<>(deadline, created.ticketId(), VoidNamespace.INSTANCE)));
        return new Sizes(size(ENGINE, TicketSlaCodec.write(sla)), eventBytes, events.size(), json, size(ROW, row),
                size(KEY, INITIAL_VERSION), timers, STATES * key);
    }

    private static <T> TypeSerializer<T> serializer(Class<T> type) {
        return TypeInformation.of(type).createSerializer(SERIALIZERS);
    }

    private static <T> int size(TypeSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return out.length();
    }

    private static int mean(List<Sizes> sizes, java.util.function.ToIntFunction<Sizes> part) {
        return (int) Math.round(sizes.stream().mapToInt(part).average().orElse(0));
    }

    private static int p99(List<Sizes> sizes, java.util.function.ToIntFunction<Sizes> part) {
        List<Long> values = new ArrayList<>(sizes.stream().mapToLong(part::applyAsInt).boxed().toList());
        Collections.sort(values);
        return (int) Report.percentile(values, 0.99);
    }

    private static int max(List<Sizes> sizes, java.util.function.ToIntFunction<Sizes> part) {
        return sizes.stream().mapToInt(part).max().orElse(0);
    }
}
