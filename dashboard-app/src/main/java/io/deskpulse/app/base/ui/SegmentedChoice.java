package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of small buttons of which one is selected, for choices with a handful of values that are
 * all worth seeing at once (7 / 30 / 90 days; day / week / month).
 */
public class SegmentedChoice<T> extends Div {

    private final Map<T, Button> buttons = new LinkedHashMap<>();

    /**
     * @param id the element ids are {@code id + "-" + key(value)}
     * @param onChoose called when the user picks a value other than the selected one
     */
    public SegmentedChoice(String id, List<T> values, SerializableFunction<T, String> key,
            SerializableFunction<T, String> label, SerializableConsumer<T> onChoose) {
        setId(id);
        addClassName("dp-segmented");
        getElement().setAttribute("role", "group");
        for (T value : values) {
            Button button = new Button(label.apply(value));
            button.setId(id + "-" + key.apply(value));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClickListener(click -> {
                if (!isSelected(value)) {
                    onChoose.accept(value);
                }
            });
            buttons.put(value, button);
            add(button);
        }
    }

    /** Marks {@code value} as the selected one, without calling back. */
    public void select(T value) {
        buttons.forEach((candidate, button) -> {
            boolean selected = candidate.equals(value);
            button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            if (selected) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private boolean isSelected(T value) {
        return "true".equals(buttons.get(value).getElement().getAttribute("aria-pressed"));
    }
}
