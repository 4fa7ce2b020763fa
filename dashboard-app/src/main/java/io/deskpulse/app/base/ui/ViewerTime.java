package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times are stored in UTC and shown in the viewer's browser time zone. */
public final class ViewerTime {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ViewerTime() {}

    /**
     * Calls {@code then} with the browser's zone: at once when the browser sent it with the page's
     * start (as Vaadin 25 has it do), else with UTC now and with the zone once the browser has told it.
     */
    public static void zoneOf(UI ui, SerializableConsumer<ZoneId> then) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        if (details.getWindowName() != null) {
            then.accept(parse(details.getTimeZoneId()));
        } else {
            then.accept(ZoneOffset.UTC);
            details.refresh(fetched -> then.accept(parse(fetched.getTimeZoneId())));
        }
    }

    /**
     * Calls {@code changed} with the browser's zone once it is known, and again only when it differs
     * from {@code current}: a page then reads its data once on arrival, not once per guess.
     */
    public static void followZone(UI ui, SerializableSupplier<ZoneId> current, SerializableConsumer<ZoneId> changed) {
        zoneOf(ui, zone -> {
            if (!zone.equals(current.get())) {
                changed.accept(zone);
            }
        });
    }

    static ZoneId parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
