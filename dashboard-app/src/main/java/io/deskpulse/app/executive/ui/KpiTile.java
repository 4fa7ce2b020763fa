package io.deskpulse.app.executive.ui;

import com.vaadin.flow.component.html.Span;
import io.deskpulse.app.base.ui.Tile;
import java.time.Instant;
import java.time.ZoneId;

/** One key figure in large type, its change since the previous period, and what it counts. */
final class KpiTile extends Tile {

    private final Span value = new Span();
    private final Span delta = new Span();
    private final Span caption = new Span();

    KpiTile(String id, String title) {
        super(id, title);
        addClassName("dp-kpi");
        value.addClassName("dp-kpi-value");
        delta.addClassName("dp-delta");
        caption.addClassName("dp-kpi-caption");
        spanning(2);
        setBody(value, delta, caption);
    }

    void show(String figure, String change, Tone tone, String counted, Instant readAt, ZoneId zone) {
        value.setText(figure);
        delta.setText(change);
        for (Tone any : Tone.values()) {
            delta.removeClassName(any.className());
        }
        delta.addClassName(tone.className());
        caption.setText(counted);
        setReadAt(readAt, zone);
    }
}
