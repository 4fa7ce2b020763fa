package io.deskpulse.jobs.warehouse;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** How rows of type {@code T} are written to one ClickHouse table. */
public interface WarehouseTable<T> extends Serializable {

    String name();

    List<String> columns();

    /** Binds {@code row} to parameters 1..columns().size() of the insert, in column order. */
    void bind(PreparedStatement insert, T row) throws SQLException;

    default String insertSql() {
        return "INSERT INTO " + name() + " (" + String.join(", ", columns()) + ") VALUES ("
                + String.join(", ", columns().stream().map(c -> "?").toList()) + ")";
    }
}
