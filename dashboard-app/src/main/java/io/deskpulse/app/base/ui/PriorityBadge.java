package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A priority as a coloured badge: P1 red, P2 orange, P3 blue, P4 grey (styles.css). */
public class PriorityBadge extends Span {

    public PriorityBadge(String priority) {
        super(priority);
        addClassNames("dp-priority", "dp-priority-" + priority.toLowerCase(Locale.ROOT));
    }
}
