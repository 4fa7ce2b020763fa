package io.deskpulse.warehouse.query;

import io.deskpulse.warehouse.ClickHouseConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text with its values bound as {@code ?} parameters, built in order. No user value is ever
 * spliced into the text.
 */
final class Statement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    Statement sql(String text) {
        sql.append(text);
        return this;
    }

    Statement value(Object value) {
        sql.append('?');
        values.add(value);
        return this;
    }

    /** {@code ?, ?, ?} for each of {@code list}. */
    Statement values(Iterable<?> list) {
        String separator = "";
        for (Object value : list) {
            sql.append(separator);
            value(value);
            separator = ", ";
        }
        return this;
    }

    /** The scope as a predicate on a table with region, {@code team} and agent columns. */
    Statement scope(Scope scope, String regionColumn, String agentColumn) {
        return scope(scope, regionColumn, "team", agentColumn);
    }

    Statement scope(Scope scope, String regionColumn, String teamColumn, String agentColumn) {
        switch (Scope.required(scope)) {
            case Scope.Everything ignored -> sql.append("1 = 1");
            case Scope.Regions r -> sql(regionColumn + " IN (").values(r.regions()).sql(")");
            case Scope.Team t -> sql(regionColumn + " = ").value(t.region()).sql(" AND " + teamColumn + " = ")
                    .value(t.team());
            case Scope.Agent a -> sql(agentColumn + " = ").value(a.agentId());
        }
        return this;
    }

    /** The UTC days a period touches, on a table with a {@code day} column. */
    Statement days(Period period) {
        return sql("day >= toDate(").value(period.from()).sql(") AND day <= toDate(").value(period.to())
                .sql(" - INTERVAL 1 SECOND)");
    }

    /**
     * Lets the time-range skip indexes prune granules under FINAL; the exact mode still reads the
     * newer parts overlapping what the index kept, so a row's latest version is never missed.
     */
    Statement skipIndexesUnderFinal() {
        return sql(" SETTINGS use_skip_indexes_if_final = 1, use_skip_indexes_if_final_exact_mode = 1");
    }

    /**
     * FINAL merges the versions of a row within its partition only, and skips the partitions already
     * merged to one part: for tables whose partition key follows from the row's identity.
     */
    Statement finalWithinPartitions() {
        return sql(" SETTINGS do_not_merge_across_partitions_select_final = 1");
    }

    /** Reads one result row. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs the query on a connection of its own and reads every row. */
    <T> List<T> rows(ClickHouseConfig warehouse, Row<T> row) throws SQLException {
        try (Connection c = warehouse.connect()) {
            return rows(c, row);
        }
    }

    /** On a connection the caller holds: a tile of several queries connects once (connecting costs a round trip). */
    <T> List<T> rows(Connection c, Row<T> row) throws SQLException {
        try (PreparedStatement statement = prepare(c); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        }
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
