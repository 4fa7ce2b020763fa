package io.deskpulse.app.intake.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.deskpulse.app.intake.IntakeChoices;
import io.deskpulse.app.intake.TicketDraft;
import io.deskpulse.events.Channel;
import io.deskpulse.app.base.ui.PriorityBadge;
import io.deskpulse.events.Priority;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The intake form's fields and their validation, free of Spring so that a plain unit test can
 * drive it. Every invalid field shows its own message, which names the field.
 */
public class IntakeForm extends FormLayout {

    /** A category is a lower-case path such as {@code hardware/printer/jam}. */
    static final String CATEGORY_PATTERN = "[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*";

    final TextField customerId = text("Customer id", "intake-customer-id", "e.g. C-10042");
    final ComboBox<String> customerTier = new ComboBox<>("Customer tier", TicketDraft.CUSTOMER_TIERS);
    final ComboBox<String> region = suggesting("Region", "intake-region", "e.g. eu-central");
    final ComboBox<String> team = suggesting("Team", "intake-team", "e.g. eu-central-service-desk");
    final CategoryPicker category = new CategoryPicker("Category", "intake-category");
    final ComboBox<Priority> priority = new ComboBox<>("Priority", Priority.values());
    final ComboBox<Channel> channel = new ComboBox<>("Channel", Channel.values());
    final TextField subject = text("Subject", "intake-subject", "What the customer needs, in one line");

    private final Binder<TicketDraft> binder = new Binder<>(TicketDraft.class);
    private IntakeChoices choices = IntakeChoices.NONE;

    public IntakeForm() {
        customerTier.setId("intake-customer-tier");
        priority.setId("intake-priority");
        priority.setRenderer(new ComponentRenderer<>(p -> new PriorityBadge(p.name())));
        channel.setId("intake-channel");
        channel.setItemLabelGenerator(Channel::wireName);
        region.addValueChangeListener(e -> team.setItems(choices.teamsOf(e.getValue())));
        add(customerId, customerTier, region, team, category, priority, channel, subject);
        setColspan(category, 2);
        setColspan(subject, 2);
        bindFields();
        clear();
    }

    private void bindFields() {
        binder.forField(customerId).asRequired("Customer id is required")
                .withValidator(new StringLengthValidator("Customer id must be at most 64 characters", 1, 64))
                .bind(TicketDraft::getCustomerId, TicketDraft::setCustomerId);
        binder.forField(customerTier).asRequired("Customer tier is required")
                .bind(TicketDraft::getCustomerTier, TicketDraft::setCustomerTier);
        binder.forField(region).withNullRepresentation("").asRequired("Region is required")
                .withValidator(new StringLengthValidator("Region must be at most 32 characters", 1, 32))
                .bind(TicketDraft::getRegion, TicketDraft::setRegion);
        binder.forField(team).withNullRepresentation("").asRequired("Team is required")
                .withValidator(new StringLengthValidator("Team must be at most 64 characters", 1, 64))
                .bind(TicketDraft::getTeam, TicketDraft::setTeam);
        binder.forField(category).withNullRepresentation("").asRequired("Category is required")
                .withValidator(new StringLengthValidator("Category must be at most 128 characters", 1, 128))
                .withValidator(new RegexpValidator(
                        "Category must be a lower-case path such as hardware/printer/jam", CATEGORY_PATTERN))
                .bind(TicketDraft::getCategory, TicketDraft::setCategory);
        binder.forField(priority).asRequired("Priority is required")
                .bind(TicketDraft::getPriority, TicketDraft::setPriority);
        binder.forField(channel).asRequired("Channel is required")
                .bind(TicketDraft::getChannel, TicketDraft::setChannel);
        binder.forField(subject).asRequired("Subject is required")
                .withValidator(new StringLengthValidator("Subject must be 3 to 200 characters", 3, 200))
                .bind(TicketDraft::getSubject, TicketDraft::setSubject);
    }

    /** Suggests the regions, their teams and the categories in use. */
    public void setChoices(IntakeChoices choices) {
        this.choices = choices;
        String chosenRegion = region.getValue();
        String chosenTeam = team.getValue();
        region.setItems(choices.regions());
        region.setValue(chosenRegion);
        team.setItems(choices.teamsOf(chosenRegion));
        team.setValue(chosenTeam);
        category.setChoices(choices);
    }

    /** The form's content if every field is valid; otherwise marks the invalid fields and returns empty. */
    public Optional<TicketDraft> validDraft() {
        TicketDraft draft = new TicketDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    /** The form's content as it stands, invalid fields left at their defaults: for the due-time preview. */
    public TicketDraft currentDraft() {
        TicketDraft draft = new TicketDraft();
        binder.writeBeanAsDraft(draft);
        return draft;
    }

    /** Validates every field (showing the messages) and returns the labels of the invalid ones. */
    public List<String> invalidFields() {
        BinderValidationStatus<TicketDraft> status = binder.validate();
        return status.getFieldValidationErrors().stream()
                .map(error -> ((HasLabel) error.getField()).getLabel())
                .toList();
    }

    /** Back to an empty ticket with the usual defaults, without error marks. */
    public void clear() {
        binder.readBean(new TicketDraft());
    }

    /** Runs {@code listener} whenever any field changes (for the due-time preview). */
    public void addChangeListener(Runnable listener) {
        fields().forEach(field -> field.addValueChangeListener(event -> listener.run()));
    }

    /** The message shown next to the field with this label, or empty when that field is valid. */
    Optional<String> errorOf(String label) {
        return fields()
                .filter(field -> label.equals(((HasLabel) field).getLabel()))
                .map(field -> (HasValidation) field)
                .filter(HasValidation::isInvalid)
                .map(HasValidation::getErrorMessage)
                .findFirst();
    }

    private Stream<AbstractField<?, ?>> fields() {
        return Stream.<AbstractField<?, ?>>of(customerId, customerTier, region, team, category, priority, channel, subject);
    }

    /** A choice among the suggestions, or a value typed in. */
    private static ComboBox<String> suggesting(String label, String id, String placeholder) {
        ComboBox<String> field = new ComboBox<>(label);
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> field.setValue(e.getDetail().strip()));
        field.setItems(List.of());
        return field;
    }

    private static TextField text(String label, String id, String placeholder) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        return field;
    }
}
