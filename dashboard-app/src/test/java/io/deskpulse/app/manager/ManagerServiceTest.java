package io.deskpulse.app.manager;

import static io.deskpulse.app.DeskFixture.ADMIN;
import static io.deskpulse.app.DeskFixture.EU_MANAGER;
import static io.deskpulse.app.DeskFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskpulse.app.DeskFixture;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.manager.ManagerService.Breakdown;
import io.deskpulse.app.manager.ManagerService.ManagerPage;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.app.security.ScopeNarrowing;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.TicketQueries.Grouping;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The drill-down, level by level, and a manager's attempts to leave their regions. */
@ExtendWith(LocalStack.class)
class ManagerServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static ManagerService manager;

    @BeforeAll
    static void fixture(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig warehouse = DeskFixture.warehouse(stack.clickHouseEndpoint(), "manager_service");
        manager = new ManagerService(new ScopeNarrowing(warehouse), warehouse, Clock.fixed(NOW, ZoneOffset.UTC),
                new DeskPulseProperties(null, null, null, new DeskPulseProperties.Queue(Duration.ofSeconds(5), 500),
                        null, null));
    }

    @Test
    void regionThenTeamThenAgent() throws Exception {
        ManagerPage top = manager.page(EU_MANAGER, Drill.TOP, HOUR, 7);
        assertThat(top.grouping()).isEqualTo(Grouping.REGION);
        assertThat(top.breakdown()).containsExactly(new Breakdown("eu-central", 3, 1, 1, 0, 0));
        assertThat(top.tickets()).extracting(QueuedTicket::ticketId).as("overdue or due within the hour")
                .containsExactly("E-1", "E-2");

        ManagerPage region = manager.page(EU_MANAGER, top.drill().into("eu-central"), HOUR, 7);
        assertThat(region.grouping()).isEqualTo(Grouping.TEAM);
        assertThat(region.breakdown()).containsExactly(new Breakdown("eu-desk", 2, 1, 1, 0, 0),
                new Breakdown("eu-field", 1, 0, 0, 0, 0));

        ManagerPage team = manager.page(EU_MANAGER, region.drill().into("eu-field"), HOUR, 7);
        assertThat(team.grouping()).isEqualTo(Grouping.AGENT);
        assertThat(team.breakdown()).containsExactly(new Breakdown("lukas.schmidt", 1, 0, 0, 0, 0));
        assertThat(team.tickets()).as("nothing due within the hour in eu-field").isEmpty();
        assertThat(team.agentHours()).extracting(h -> h.agent()).containsOnly("lukas.schmidt");

        ManagerPage agent = manager.page(EU_MANAGER, team.drill().into("lukas.schmidt"), HOUR, 7);
        assertThat(agent.grouping()).isNull();
        assertThat(agent.tickets()).extracting(QueuedTicket::ticketId).as("all the agent's open tickets")
                .containsExactly("E-3");
    }

    @Test
    void anotherRegionOrItsAgentIsRefused() {
        assertThatThrownBy(() -> manager.page(EU_MANAGER, new Drill("cn-east", null, null), HOUR, 7))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Region cn-east is not in your scope");
        assertThatThrownBy(() -> manager.page(EU_MANAGER, new Drill(null, null, "wei.wang"), HOUR, 7))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> manager.page(EU_MANAGER, new Drill("cn-east", "cn-desk", null), HOUR, 7))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void anAdministratorSeesEveryRegion() throws Exception {
        ManagerPage top = manager.page(ADMIN, Drill.TOP, HOUR, 7);
        assertThat(top.breakdown()).extracting(Breakdown::group).containsExactly("cn-east", "eu-central");
        assertThat(top.tickets()).extracting(QueuedTicket::ticketId).containsExactly("E-1", "C-1", "E-2");
    }
}
