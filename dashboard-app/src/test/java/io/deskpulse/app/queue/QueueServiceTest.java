package io.deskpulse.app.queue;

import static io.deskpulse.app.DeskFixture.ANNA;
import static io.deskpulse.app.DeskFixture.EU_MANAGER;
import static io.deskpulse.app.DeskFixture.LUKAS;
import static io.deskpulse.app.DeskFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.deskpulse.app.DeskFixture;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.queue.QueueService.PersonalFigures;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The queue and the personal figures, in each viewer's scope, against the real ClickHouse engine. */
@ExtendWith(LocalStack.class)
class QueueServiceTest {

    private static QueueService queue;

    @BeforeAll
    static void fixture(LocalStackEndpoints stack) throws Exception {
        queue = new QueueService(DeskFixture.warehouse(stack.clickHouseEndpoint(), "queue_service"),
                new DeskPulseProperties(null, null, null, new DeskPulseProperties.Queue(Duration.ofSeconds(5), 500),
                        null, null));
    }

    @Test
    void eachViewerSeesTheirOwnQueueMostUrgentFirst() throws Exception {
        assertThat(queue.queue(ANNA.scope())).extracting(QueuedTicket::ticketId).containsExactly("E-1", "E-2");
        assertThat(queue.queue(LUKAS.scope())).extracting(QueuedTicket::ticketId).containsExactly("E-3");
        assertThat(queue.queue(EU_MANAGER.scope())).extracting(QueuedTicket::ticketId).containsExactly("E-1", "E-2", "E-3");
    }

    @Test
    void personalFiguresCountTheViewersOwnDay() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<QueuedTicket> lukas = queue.queue(LUKAS.scope());
        PersonalFigures figures = queue.figures(LUKAS.scope(), lukas, NOW, berlin);
        assertThat(figures).isEqualTo(new PersonalFigures(1, 0, 2, 3, 4));
        assertThat(figures.csat()).isEqualTo(0.75);
        assertThat(queue.figures(LUKAS.scope(), lukas, NOW, ZoneId.of("America/New_York")).resolvedToday())
                .as("New York's day began at 05:00 UTC on 2 March, before the 09:00 hour only").isEqualTo(2);
        assertThat(queue.figures(LUKAS.scope(), lukas, NOW, ZoneId.of("Asia/Shanghai")).resolvedToday())
                .as("Shanghai's day began at 16:00 UTC on 1 March: the 20:00 hour counts too").isEqualTo(5);

        PersonalFigures anna = queue.figures(ANNA.scope(), queue.queue(ANNA.scope()), NOW, berlin);
        assertThat(anna.overdue()).isEqualTo(1);
        assertThat(anna.overdueRate()).isEqualTo(0.5);
        assertThat(anna.csat()).isNaN();
    }
}
