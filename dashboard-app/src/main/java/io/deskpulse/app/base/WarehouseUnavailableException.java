package io.deskpulse.app.base;

/** The warehouse could not be queried (down, unreachable, or its schema is missing). */
public class WarehouseUnavailableException extends Exception {

    public WarehouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
