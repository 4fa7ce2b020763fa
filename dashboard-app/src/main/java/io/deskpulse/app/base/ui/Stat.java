package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One labelled figure in a row of them ({@code dp-stats}): the agent's own, a ticket's facts. */
public class Stat extends Div {

    public Stat(String id, String value, String label) {
        Span v = new Span(value);
        v.addClassName("dp-stat-value");
        Span l = new Span(label);
        l.addClassName("dp-stat-label");
        add(v, l);
        if (id != null) {
            setId(id);
        }
        addClassName("dp-stat");
    }
}
