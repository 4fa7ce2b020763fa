package io.deskpulse.app.security;

import static io.deskpulse.app.DeskFixture.ADMIN;
import static io.deskpulse.app.DeskFixture.ANNA;
import static io.deskpulse.app.DeskFixture.EU_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskpulse.app.DeskFixture;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.query.Scope;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a URL may ask for: tampered parameters are refused before any data is read. */
@ExtendWith(LocalStack.class)
class ScopeNarrowingTest {

    private static ScopeNarrowing narrowing;

    @BeforeAll
    static void fixture(LocalStackEndpoints stack) throws Exception {
        narrowing = new ScopeNarrowing(DeskFixture.warehouse(stack.clickHouseEndpoint(), "scope_narrowing"));
    }

    @Test
    void anAgentGetsTheirOwnQueueAndNothingElse() throws Exception {
        assertThat(narrowing.narrow(ANNA, null, null, null)).isEqualTo(Scope.agent("anna.mueller"));
        assertThat(narrowing.narrow(ANNA, null, null, "anna.mueller")).isEqualTo(Scope.agent("anna.mueller"));
        assertThatThrownBy(() -> narrowing.narrow(ANNA, null, null, "lukas.schmidt"))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Agents see their own queue only");
        assertThatThrownBy(() -> narrowing.narrow(ANNA, "eu-central", null, null))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void aManagerDrillsInsideTheirRegionsOnly() throws Exception {
        assertThat(narrowing.narrow(EU_MANAGER, null, null, null)).isEqualTo(Scope.regions(Set.of("eu-central")));
        assertThat(narrowing.narrow(EU_MANAGER, "eu-central", null, null)).isEqualTo(Scope.regions(Set.of("eu-central")));
        assertThat(narrowing.narrow(EU_MANAGER, "eu-central", "eu-field", null))
                .isEqualTo(Scope.team("eu-central", "eu-field"));
        assertThat(narrowing.narrow(EU_MANAGER, "eu-central", "eu-field", "lukas.schmidt"))
                .isEqualTo(Scope.agent("lukas.schmidt"));
        assertThat(narrowing.narrow(EU_MANAGER, null, null, "anna.mueller")).isEqualTo(Scope.agent("anna.mueller"));

        assertThatThrownBy(() -> narrowing.narrow(EU_MANAGER, "cn-east", null, null))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Region cn-east is not in your scope");
        assertThatThrownBy(() -> narrowing.narrow(EU_MANAGER, null, null, "wei.wang"))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Agent wei.wang is not in your scope");
        assertThatThrownBy(() -> narrowing.narrow(EU_MANAGER, "eu-central", "eu-field", "anna.mueller"))
                .as("anna works in eu-desk, not in the team asked for").isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> narrowing.narrow(EU_MANAGER, null, "eu-field", null))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void anAdministratorMayLookAnywhere() throws Exception {
        assertThat(narrowing.narrow(ADMIN, "cn-east", null, null)).isEqualTo(Scope.regions(Set.of("cn-east")));
        assertThat(narrowing.narrow(ADMIN, null, null, "wei.wang")).isEqualTo(Scope.agent("wei.wang"));
    }
}
