package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * A view's periodic reload while it is on screen: the browser polls the server at an interval and
 * each poll runs the view's refresh. Started on attach, stopped on detach, so a view the user has
 * left costs nothing.
 */
public final class Polling {

    private final int intervalMillis;
    private final Runnable refresh;
    private Registration listener;

    public Polling(int intervalMillis, Runnable refresh) {
        this.intervalMillis = intervalMillis;
        this.refresh = refresh;
    }

    public void start(UI ui) {
        ui.setPollInterval(intervalMillis);
        listener = ui.addPollListener(poll -> refresh.run());
    }

    public void stop(UI ui) {
        ui.setPollInterval(-1);
        if (listener != null) {
            listener.remove();
            listener = null;
        }
    }
}
