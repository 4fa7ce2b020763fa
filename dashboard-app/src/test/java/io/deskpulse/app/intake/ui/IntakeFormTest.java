package io.deskpulse.app.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import io.deskpulse.app.intake.IntakeChoices;
import io.deskpulse.app.intake.TicketDraft;
import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The intake form's validation, with Vaadin's Binder and no Spring or browser. */
class IntakeFormTest {

    private final IntakeForm form = new IntakeForm();

    @Test
    void anEmptyFormNamesEveryMissingField() {
        assertThat(form.validDraft()).isEmpty();

        assertThat(form.invalidFields()).containsExactly("Customer id", "Region", "Team", "Category", "Subject");
        assertThat(form.errorOf("Customer id")).hasValue("Customer id is required");
        assertThat(form.errorOf("Subject")).hasValue("Subject is required");
        assertThat(form.errorOf("Priority")).isEmpty();
    }

    @Test
    void clearedSelectionsAreRequiredToo() {
        fillValid();
        form.priority.clear();
        form.customerTier.clear();

        assertThat(form.invalidFields()).containsExactly("Customer tier", "Priority");
        assertThat(form.errorOf("Priority")).hasValue("Priority is required");
    }

    @Test
    void lengthsAndTheCategoryPathAreChecked() {
        fillValid();
        form.subject.setValue("x".repeat(201));
        form.customerId.setValue("c".repeat(65));
        form.category.setValue("Hardware / Printer");

        assertThat(form.validDraft()).isEmpty();
        assertThat(form.invalidFields()).containsExactly("Customer id", "Category", "Subject");
        assertThat(form.errorOf("Subject")).hasValue("Subject must be 3 to 200 characters");
        assertThat(form.errorOf("Customer id")).hasValue("Customer id must be at most 64 characters");
        assertThat(form.errorOf("Category")).hasValue(
                "Category must be a lower-case path such as hardware/printer/jam");
    }

    @Test
    void aValidFormGivesTheTicketCreatedEvent() {
        fillValid();

        TicketDraft draft = form.validDraft().orElseThrow();
        Instant now = Instant.parse("2026-03-02T09:15:00Z");
        TicketCreated event = draft.toEvent("T-TEST0001", now);

        assertThat(form.invalidFields()).isEmpty();
        assertThat(event.ticketId()).isEqualTo("T-TEST0001");
        assertThat(event.occurredAt()).isEqualTo(now);
        assertThat(event.source()).isEqualTo("intake");
        assertThat(event.customerId()).isEqualTo("C-10042");
        assertThat(event.customerTier()).isEqualTo("VIP1");
        assertThat(event.category()).isEqualTo("hardware/printer/jam");
        assertThat(event.priority()).isEqualTo(Priority.P1);
        assertThat(event.channel()).isEqualTo(Channel.PHONE);
        assertThat(event.subject()).isEqualTo("Printer jams on every page");
    }

    @Test
    void clearGoesBackToTheDefaultsWithoutErrorMarks() {
        form.invalidFields();
        form.clear();

        assertThat(form.errorOf("Subject")).isEmpty();
        assertThat(form.priority.getValue()).isEqualTo(Priority.P3);
        assertThat(form.customerTier.getValue()).isEqualTo("STANDARD");
    }

    @Test
    void suggestionsCascadeFromRegionToTeamAndDownTheCategoryTree() {
        form.setChoices(new IntakeChoices(
                Map.of("eu-central", List.of("eu-central-service-desk", "eu-central-field-service"),
                        "us-east", List.of("us-east-service-desk")),
                List.of("hardware/printer/jam", "hardware/printer/toner", "hardware/laptop/battery",
                        "access/password/reset")));

        assertThat(items(form.region)).containsExactly("eu-central", "us-east");
        form.region.setValue("us-east");
        assertThat(items(form.team)).containsExactly("us-east-service-desk");

        assertThat(items(form.category.level(0))).containsExactly("access", "hardware");
        assertThat(items(form.category.level(1))).as("nothing below an empty level").isEmpty();
        form.category.setValue("hardware/printer");
        assertThat(items(form.category.level(1))).containsExactly("laptop", "printer");
        assertThat(items(form.category.level(2))).containsExactly("jam", "toner");

        form.category.level(2).setValue("stapler");
        assertThat(form.category.getValue()).as("a new leaf, chosen level by level").isEqualTo("hardware/printer/stapler");
    }

    private static List<String> items(ComboBox<String> field) {
        return field.getListDataView().getItems().toList();
    }

    private void fillValid() {
        form.customerId.setValue("C-10042");
        form.customerTier.setValue("VIP1");
        form.region.setValue("emea");
        form.team.setValue("service-desk");
        form.category.setValue("hardware/printer/jam");
        form.priority.setValue(Priority.P1);
        form.channel.setValue(Channel.PHONE);
        form.subject.setValue("Printer jams on every page");
    }
}
