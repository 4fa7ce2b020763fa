package io.deskpulse.app.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open screens listening to one app-wide feed (new warehouse rows, SLA alerts), called on the
 * feed's thread. A screen closed meanwhile (its UI detached) makes its call fail: that must not stop
 * the others' updates, nor the feed.
 */
public final class Subscribers<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Subscribers.class);

    private final List<Consumer<T>> subscribers = new CopyOnWriteArrayList<>();

    /** Adds {@code subscriber}; run the result to remove it. */
    public Runnable add(Consumer<T> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(T value) {
        for (Consumer<T> subscriber : subscribers) {
            try {
                subscriber.accept(value);
            } catch (RuntimeException e) {
                LOG.debug("A subscriber failed: {}", e.toString());
            }
        }
    }
}
