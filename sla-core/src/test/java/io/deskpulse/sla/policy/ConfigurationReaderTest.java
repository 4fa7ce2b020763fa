package io.deskpulse.sla.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration rules of SLA-SPEC.md, each violation named by line, path and message. */
class ConfigurationReaderTest {

    private static final String CALENDAR = "{'id': 'cn', 'zone': 'Asia/Shanghai', 'hours': {'MON': ['09:00-12:00']}}";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {'calendars': [], 'policies': []}                                                   | ok
            {'policies': []}                                                                    | calendars: is required
            {'calendars': {}, 'policies': []}                                                   | calendars: must be a list
            {'calendars': [{'id': 'x'}], 'policies': []}                                        | calendars[0].zone: is required (only an alwaysOpen calendar may omit it)
            {'calendars': [{'id': 'x', 'zone': 'Mars/Olympus'}], 'policies': []}               | calendars[0].zone: must be an IANA time zone such as Asia/Shanghai, got 'Mars/Olympus'
            {'calendars': [{'id': 'x', 'alwaysOpen': true}, {'id': 'x', 'alwaysOpen': true}], 'policies': []} | calendars[1].id: duplicate calendar id 'x'
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'hours': {'MONDAY': []}}], 'policies': []} | calendars[0].hours.MONDAY: is not a weekday: must be one of [MON, TUE, WED, THU, FRI, SAT, SUN]
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'hours': {'MON': ['24:00-24:00']}}], 'policies': []} | calendars[0].hours.MON[0]: must be HH:MM-HH:MM (24:00 only as an end), got '24:00-24:00'
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'hours': {'MON': ['12:00-09:00']}}], 'policies': []} | calendars[0].hours.MON[0]: must end after it starts, got '12:00-09:00'
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'hours': {'MON': ['09:00-12:00', '11:00-13:00']}}], 'policies': []} | calendars[0].hours.MON[1]: overlaps 09:00-12:00 of the same day
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'hours': {'MON': ['09:00-12:00', '12:00-24:00']}}], 'policies': []} | ok
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'holidays': ['2026-10-1']}], 'policies': []} | calendars[0].holidays[0]: must be a date YYYY-MM-DD, got '2026-10-1'
            {'calendars': [{'id': 'x', 'zone': 'UTC', 'holidays': ['2026-10-01'], 'overrides': {'2026-10-01': []}}], 'policies': []} | calendars[0].overrides.2026-10-01: is also a holiday: a date may not be both
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'us', 'targets': {}}]} | policies[0].calendar: names no calendar: 'us'
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {'prio': ['P1']}, 'calendar': 'cn', 'targets': {}}]} | policies[0].match.prio: unknown key: must be one of priority, customerTier, region, channel, categoryPrefix
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {'region': []}, 'calendar': 'cn', 'targets': {}}]} | policies[0].match.region: must not be empty
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {'priority': ['P5']}, 'calendar': 'cn', 'targets': {}}]} | policies[0].match.priority[0]: must be one of [P1, P2, P3, P4], got 'P5'
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {'RESOLUTION': 0}}]} | policies[0].targets.RESOLUTION: must be an integer from 1 to 2147483647, got 0
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {'RESOLUTION': 1.5}}]} | policies[0].targets.RESOLUTION: must be an integer from 1 to 2147483647
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {'FIRST_REPLY': 5}}]} | policies[0].targets.FIRST_REPLY: is not a metric: must be one of [FIRST_RESPONSE, NEXT_REPLY, RESOLUTION]
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {}, 'warnAt': [50, 50]}]} | policies[0].warnAt[1]: repeats 50: percentages must be distinct
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {}, 'warnAt': [100]}]} | policies[0].warnAt[0]: must be an integer from 1 to 99, got 100
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {}, 'pauseOn': ['WAITING']}]} | policies[0].pauseOn[0]: must be one of [NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED], got 'WAITING'
            {'calendars': [CAL], 'policies': [{'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {}}, {'id': 'p', 'match': {}, 'calendar': 'cn', 'targets': {}}]} | policies[1].id: duplicate policy id 'p'
            """)
    void everyRuleIsChecked(String json, String expected) {
        byte[] bytes = json.replace("CAL", CALENDAR).replace('\'', '"').getBytes(StandardCharsets.UTF_8);
        if (expected.equals("ok")) {
            assertDoesNotThrow(bytes);
            return;
        }
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ConfigurationReader.read(bytes));
        assertEquals(expected, e.path() + ": " + e.getMessage());
    }

    @Test
    void defaultsAreNoWarningsAndPausingOnPendingCustomerAndOnHold() throws ConfigurationException {
        PolicyBook book = ConfigurationReader.read(("{'calendars': [{'id': 'a', 'alwaysOpen': true}], 'policies': [{'id': 'p',"
                + " 'match': {'channel': ['phone'], 'categoryPrefix': 'hardware/'}, 'calendar': 'a', 'targets': {'RESOLUTION': 5}}]}")
                .replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        SlaPolicy policy = book.policies().get(0);
        assertEquals(0, policy.warnAt().length);
        assertEquals(true, policy.pausesIn(TicketStatus.PENDING_CUSTOMER) && policy.pausesIn(TicketStatus.ON_HOLD));
        assertEquals(false, policy.pausesIn(TicketStatus.OPEN));
        assertEquals(300, policy.targetSeconds(Metric.RESOLUTION));
        TicketProfile printer = new TicketProfile(Priority.P2, "VIP1", "east", Channel.PHONE, "hardware/printer");
        assertEquals(policy, book.select(printer));
        assertEquals(null, book.select(new TicketProfile(Priority.P2, "VIP1", "east", Channel.PHONE, "Hardware/printer")));
        assertEquals(null, book.select(new TicketProfile(Priority.P2, "VIP1", "east", Channel.EMAIL, "hardware/printer")));
    }

    @Test
    void errorsNameTheLineOfTheElement() {
        String json = """
                {"calendars": [{"id": "a", "alwaysOpen": true}],
                 "policies": [
                   {"id": "p", "match": {},
                    "calendar": "a",
                    "targets": {"RESOLUTION": -5}}]}
                """;
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConfigurationReader.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, e.line());
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> ConfigurationReader.read(json.replace("\"calendar\": \"a\",", "").getBytes(StandardCharsets.UTF_8)));
        assertEquals("policies[0].calendar", missing.path());
        assertEquals(3, missing.line());
        ConfigurationException broken = assertThrows(ConfigurationException.class,
                () -> ConfigurationReader.read(json.replace("-5", "-").getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, broken.line());
    }

    private static void assertDoesNotThrow(byte[] bytes) {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ConfigurationReader.read(bytes));
    }
}
