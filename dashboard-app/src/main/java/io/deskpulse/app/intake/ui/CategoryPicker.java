package io.deskpulse.app.intake.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.deskpulse.app.intake.IntakeChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A category in three cascading levels ({@code hardware} / {@code printer} / {@code jam}): each
 * level offers the names in use below the level before it, and takes a new name too. Its value is
 * the path of the levels filled in.
 */
class CategoryPicker extends CustomField<String> {

    static final int LEVELS = 3;

    private final List<ComboBox<String>> levels = new ArrayList<>();
    private IntakeChoices choices = IntakeChoices.NONE;
    private boolean presenting;

    CategoryPicker(String label, String id) {
        setLabel(label);
        setId(id);
        HorizontalLayout row = new HorizontalLayout();
        row.setPadding(false);
        for (int i = 0; i < LEVELS; i++) {
            ComboBox<String> level = new ComboBox<>();
            level.setId(id + "-" + (i + 1));
            level.setPlaceholder(List.of("e.g. hardware", "e.g. printer", "e.g. jam").get(i));
            level.setAllowCustomValue(true);
            level.addCustomValueSetListener(e -> level.setValue(e.getDetail().strip()));
            int index = i;
            level.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    clearBelow(index);
                }
                offerBelow(index);
                // Values typed in are set on the server (custom values), which fires no change in the browser.
                if (!presenting) {
                    updateValue();
                }
            });
            levels.add(level);
            row.add(level);
        }
        add(row);
        offerBelow(-1);
    }

    ComboBox<String> level(int index) {
        return levels.get(index);
    }

    void setChoices(IntakeChoices choices) {
        this.choices = choices;
        offerBelow(-1);
    }

    @Override
    protected String generateModelValue() {
        String path = levels.stream().map(ComboBox::getValue).filter(v -> v != null && !v.isBlank())
                .map(String::strip).collect(Collectors.joining("/"));
        return path.isEmpty() ? null : path;
    }

    @Override
    protected void setPresentationValue(String path) {
        String[] parts = path == null || path.isBlank() ? new String[0] : path.split("/", LEVELS);
        presenting = true;
        try {
            for (int i = 0; i < LEVELS; i++) {
                levels.get(i).setValue(i < parts.length ? parts[i].strip() : null);
            }
        } finally {
            presenting = false;
        }
    }

    private void clearBelow(int index) {
        levels.stream().skip(index + 1L).forEach(ComboBox::clear);
    }

    /** The suggestions of each level below {@code index}, from the path above it. */
    private void offerBelow(int index) {
        for (int i = index + 1; i < LEVELS; i++) {
            List<String> above = levels.subList(0, i).stream().map(ComboBox::getValue)
                    .takeWhile(v -> v != null && !v.isBlank()).toList();
            ComboBox<String> level = levels.get(i);
            String value = level.getValue();
            // Suggestions only below a complete path; new items would clear the value, so it is kept.
            level.setItems(above.size() == i ? choices.categoryLevel(String.join("/", above)) : List.of());
            level.setValue(value);
        }
    }
}
