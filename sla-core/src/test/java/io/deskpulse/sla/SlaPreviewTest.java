package io.deskpulse.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.sla.policy.SlaConfigurationSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaPreviewTest {

    private static final Instant FRIDAY_5PM_SHANGHAI = Instant.parse("2026-03-06T09:00:00Z");

    @Test
    void theShippedDemoConfigurationIsValidAndSelectsByPriority() throws Exception {
        PolicyBook book = ConfigurationReader.read(SlaConfigurationSource.fromEnvironment(Map.of()));

        SlaPreview p1 = SlaPreview.of(ticket(Priority.P1), book).orElseThrow();

        assertEquals(new SlaPreview("p1-critical", FRIDAY_5PM_SHANGHAI.plusSeconds(15 * 60),
                FRIDAY_5PM_SHANGHAI.plusSeconds(240 * 60)), p1);
        assertEquals("p4-low", SlaPreview.of(ticket(Priority.P4), book).orElseThrow().policyId());
    }

    @Test
    void dueTimesFollowTheBusinessCalendar() throws Exception {
        PolicyBook book = ConfigurationReader.read("""
                {"calendars": [{"id": "cn", "zone": "Asia/Shanghai", "hours": {"FRI": ["09:00-18:00"],
                                "MON": ["09:00-18:00"]}}],
                 "policies": [{"id": "office", "match": {"region": ["east"]}, "calendar": "cn",
                               "targets": {"FIRST_RESPONSE": 120}}]}
                """.getBytes(StandardCharsets.UTF_8));

        // Friday 17:00 in Shanghai: one business hour left, the second on Monday 09:00-10:00.
        assertEquals(Optional.of(new SlaPreview("office", Instant.parse("2026-03-09T02:00:00Z"), null)),
                SlaPreview.of(ticket(Priority.P2), book));
    }

    @Test
    void noMatchingPolicyMeansNoPreview() throws Exception {
        PolicyBook book = ConfigurationReader.read("""
                {"calendars": [{"id": "always", "alwaysOpen": true}],
                 "policies": [{"id": "west-only", "match": {"region": ["west"]}, "calendar": "always",
                               "targets": {"FIRST_RESPONSE": 10}}]}
                """.getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), SlaPreview.of(ticket(Priority.P1), book));
    }

    private static TicketCreated ticket(Priority priority) {
        return new TicketCreated(UUID.randomUUID(), "T-1", FRIDAY_5PM_SHANGHAI, "intake", "C-1", "VIP1", "east",
                "desk", "hardware/printer", priority, Channel.PHONE, "Printer jams");
    }
}
