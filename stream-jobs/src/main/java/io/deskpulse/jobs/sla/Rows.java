package io.deskpulse.jobs.sla;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Binding helpers shared by the row types of this package. */
final class Rows {

    private Rows() {}

    /** Optional text of an event (absent is allowed by the contract) as a non-null column value. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static void setInstant(PreparedStatement insert, int index, Instant value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.TIMESTAMP);
        } else {
            insert.setObject(index, value);
        }
    }
}
