package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import io.deskpulse.app.base.WarehouseChanges;

/**
 * A view's reload while it is on screen: pushed by the server as soon as the warehouse has new rows
 * ({@link WarehouseChanges}), at most once per {@code minGapMillis} so that a busy stream does not
 * keep a heavy page querying, and in any case every {@code pollMillis} (the browser polls), which
 * keeps countdowns moving on a quiet desk. Started on attach, stopped on detach, so a view the user
 * has left costs nothing.
 */
public final class LiveRefresh {

    private final int pollMillis;
    private final long minGapMillis;
    private final Runnable refresh;
    private final WarehouseChanges changes;
    private Registration pollListener;
    private Runnable unsubscribe;
    private volatile long lastRefresh;
    private volatile long refreshedChanges;

    private LiveRefresh(WarehouseChanges changes, int pollMillis, long minGapMillis, Runnable refresh) {
        this.changes = changes;
        this.pollMillis = pollMillis;
        this.minGapMillis = minGapMillis;
        this.refresh = refresh;
    }

    /** Runs {@code refresh} as above while {@code view} is attached. */
    public static void whileAttached(Component view, WarehouseChanges changes, int pollMillis, long minGapMillis,
            Runnable refresh) {
        LiveRefresh live = new LiveRefresh(changes, pollMillis, minGapMillis, refresh);
        view.addAttachListener(attach -> live.start(attach.getUI()));
        view.addDetachListener(detach -> live.stop(detach.getUI()));
    }

    private void start(UI ui) {
        ui.setPollInterval(pollMillis);
        pollListener = ui.addPollListener(poll -> run());
        refreshedChanges = changes.changes();
        unsubscribe = changes.subscribe(seen -> {
            if (seen != refreshedChanges && System.currentTimeMillis() - lastRefresh >= minGapMillis) {
                refreshedChanges = seen;
                lastRefresh = System.currentTimeMillis();
                ui.access(this::run);
            }
        });
    }

    private void stop(UI ui) {
        ui.setPollInterval(-1);
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void run() {
        lastRefresh = System.currentTimeMillis();
        refresh.run();
    }
}
