package io.deskpulse.sla.replay;

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
import io.deskpulse.sla.clock.TicketSla;
import io.deskpulse.sla.clock.TicketSlaCodec;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Not a test: {@code sla-replay} throughput on a generated log, and the serialized state size of a
 * typical open ticket. Run with the test classpath:
 * {@code java -cp ... io.deskpulse.sla.replay.ReplayBenchmark [EVENTS] [DIR]}. It writes
 * {@code DIR/config.json} and {@code DIR/events.ndjson} (so that {@code bin/sla-replay} can be timed
 * on the same files) and prints events/s of the in-process replay.
 */
public final class ReplayBenchmark {

    static final String CONFIG = """
            {"calendars": [
               {"id": "cn-office", "zone": "Asia/Shanghai",
                "hours": {"MON": ["09:00-12:00", "13:00-18:00"], "TUE": ["09:00-12:00", "13:00-18:00"],
                          "WED": ["09:00-12:00", "13:00-18:00"], "THU": ["09:00-12:00", "13:00-18:00"],
                          "FRI": ["09:00-12:00", "13:00-18:00"]},
                "holidays": ["2026-04-06", "2026-05-01"]},
               {"id": "ny", "zone": "America/New_York",
                "hours": {"MON": ["09:00-17:00"], "TUE": ["09:00-17:00"], "WED": ["09:00-17:00"],
                          "THU": ["09:00-17:00"], "FRI": ["09:00-17:00"]}},
               {"id": "always", "alwaysOpen": true}],
             "policies": [
               {"id": "vip", "match": {"customerTier": ["VIP1"]}, "calendar": "always",
                "targets": {"FIRST_RESPONSE": 30, "NEXT_REPLY": 60, "RESOLUTION": 240}, "warnAt": [50, 75, 90]},
               {"id": "east", "match": {"region": ["east"]}, "calendar": "cn-office",
                "targets": {"FIRST_RESPONSE": 60, "NEXT_REPLY": 120, "RESOLUTION": 960}, "warnAt": [50, 90]},
               {"id": "std", "match": {}, "calendar": "ny",
                "targets": {"FIRST_RESPONSE": 120, "NEXT_REPLY": 240, "RESOLUTION": 2400}, "warnAt": [75]}]}
            """;

    private ReplayBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/replay-benchmark"));
        Files.writeString(dir.resolve("config.json"), CONFIG);
        int written = generate(events, dir.resolve("events.ndjson"));
        printStateSize(ConfigurationReader.read(CONFIG.getBytes()));

        String[] replayArgs = {"--config", dir.resolve("config.json").toString(), "--events", dir.resolve("events.ndjson").toString()};
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            int status = SlaReplay.run(replayArgs, OutputStream.nullOutputStream(), new PrintStream(System.err));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: status %d, %d events in %.2f s = %.0f events/s%n", round, status, written, seconds,
                    written / seconds);
        }
    }

    /** Tickets of about eight events each over three months, arriving roughly in time order. */
    static int generate(int target, Path file) throws IOException {
        Random random = new Random(42);
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        int count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int t = 0; count < target; t++) {
                String ticket = "T-" + t;
                Instant at = start.plusSeconds(t * 8L + random.nextInt(600));
                List<TicketEvent> events = new ArrayList<>();
                events.add(new TicketCreated(UUID.randomUUID(), ticket, at, "bench", "C-" + random.nextInt(5000),
                        random.nextInt(10) == 0 ? "VIP1" : "STANDARD", random.nextBoolean() ? "east" : "west", "l1",
                        "hardware/printer", Priority.values()[random.nextInt(4)], Channel.EMAIL, "help"));
                at = at.plusSeconds(60 + random.nextInt(1800));
                events.add(new TicketAssigned(UUID.randomUUID(), ticket, at, "bench", "a1", "l1"));
                at = at.plusSeconds(60 + random.nextInt(7200));
                events.add(new AgentReplied(UUID.randomUUID(), ticket, at, "bench", "a1", true));
                at = at.plusSeconds(60 + random.nextInt(7200));
                events.add(new StatusChanged(UUID.randomUUID(), ticket, at, "bench", TicketStatus.PENDING_CUSTOMER, "logs"));
                at = at.plusSeconds(60 + random.nextInt(36_000));
                events.add(new CustomerReplied(UUID.randomUUID(), ticket, at, "bench"));
                events.add(new StatusChanged(UUID.randomUUID(), ticket, at, "bench", TicketStatus.OPEN, "answered"));
                at = at.plusSeconds(60 + random.nextInt(7200));
                events.add(new AgentReplied(UUID.randomUUID(), ticket, at, "bench", "a1", true));
                at = at.plusSeconds(60 + random.nextInt(72_000));
                events.add(new TicketResolved(UUID.randomUUID(), ticket, at, "bench", "a1", "fixed", false));
                for (TicketEvent event : events) {
                    if (count++ < target) {
                        out.write(TicketEventCodec.encodeToString(event));
                        out.newLine();
                    }
                }
            }
        }
        return count;
    }

    /** A typical open ticket: answered once, a customer reply with a NEXT_REPLY cycle running, one pause. */
    private static void printStateSize(PolicyBook book) {
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        String id = "T-1234567";
        TicketSla ticket = TicketSla.replay(List.of(
                new TicketCreated(UUID.randomUUID(), id, at, "bench", "C-42", "STANDARD", "east", "l1",
                        "hardware/printer/jam", Priority.P2, Channel.EMAIL, "Printer jams"),
                new TicketAssigned(UUID.randomUUID(), id, at.plusSeconds(300), "bench", "a1", "l1"),
                new AgentReplied(UUID.randomUUID(), id, at.plusSeconds(1200), "bench", "a1", true),
                new StatusChanged(UUID.randomUUID(), id, at.plusSeconds(3600), "bench", TicketStatus.PENDING_CUSTOMER, "logs"),
                new CustomerReplied(UUID.randomUUID(), id, at.plusSeconds(7200), "bench"),
                new StatusChanged(UUID.randomUUID(), id, at.plusSeconds(7200), "bench", TicketStatus.OPEN, "answered")), book);
        ticket.advanceTo(at.plusSeconds(9000));
        System.out.printf("serialized state of a typical open ticket (3 clocks): %d bytes%n", TicketSlaCodec.write(ticket).length);
    }
}
