package io.deskpulse.app.security;

/**
 * Refuses a request for data or an action outside the viewer's scope. The message names what was
 * asked for but never says whether it exists, so that probing ids reveals nothing.
 */
public class OutOfScopeException extends Exception {

    public OutOfScopeException(String message) {
        super(message);
    }
}
