package io.deskpulse.app.base;

import java.sql.SQLException;

/** The warehouse could not be queried (down, unreachable, or its schema is missing). */
public class WarehouseUnavailableException extends Exception {

    /** A warehouse query. */
    public interface Read<T> {
        T get() throws SQLException;
    }

    public WarehouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Runs the query; any failure of the driver or the server becomes this exception. */
    public static <T> T whileReading(Read<T> query) throws WarehouseUnavailableException {
        try {
            return query.get();
        } catch (SQLException | RuntimeException e) {
            throw new WarehouseUnavailableException("Warehouse unavailable: " + e.getMessage(), e);
        }
    }
}
