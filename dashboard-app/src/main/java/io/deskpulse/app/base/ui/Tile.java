package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A dashboard tile: a card with a title, the time its figures were read (a dashboard is only as
 * good as its freshness), optional controls, and a body. Laid out by the {@code dp-*} classes of
 * styles.css.
 */
public class Tile extends Div {

    private final Div header = new Div();
    private final H3 heading = new H3();
    private final Span freshness = new Span();
    private final Div body = new Div();

    public Tile(String id, String title) {
        setId(id);
        addClassName("dp-tile");
        heading.setText(title);
        heading.addClassName("dp-tile-title");
        freshness.addClassName("dp-tile-freshness");
        header.addClassName("dp-tile-header");
        header.add(heading, freshness);
        body.addClassName("dp-tile-body");
        add(header, body);
    }

    /** A title that says what the tile shows now, such as the window of an at-risk list. */
    public void setTitle(String title) {
        heading.setText(title);
    }

    /** Controls beside the title, such as a choice of buckets. */
    public void addToHeader(Component control) {
        header.addComponentAtIndex(1, control);
    }

    public void setBody(Component... components) {
        body.removeAll();
        body.add(components);
    }

    /** Widths of the dashboard's 12-column grid: {@code dp-span-2}, {@code -4}, {@code -6}, {@code -8}, {@code -12}. */
    public Tile spanning(int columns) {
        addClassName("dp-span-" + columns);
        return this;
    }

    public void setReadAt(Instant readAt, ZoneId zone) {
        freshness.setText("as of " + ViewerTime.TIME.format(readAt.atZone(zone)));
        freshness.getElement().setAttribute("title",
                "Read from the warehouse at " + ViewerTime.DATE_TIME.format(readAt.atZone(zone)) + " (" + zone.getId() + ")");
    }
}
