package io.deskpulse.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach the warehouse, read from the environment with defaults that point at the local
 * stack. Every module that talks to ClickHouse goes through the official JDBC driver with this.
 *
 * @param endpoint {@code DESKPULSE_CLICKHOUSE_URL}, the HTTP endpoint, default {@code http://127.0.0.1:8123}
 * @param database {@code DESKPULSE_CLICKHOUSE_DATABASE}, default {@code helpdesk}
 * @param user {@code DESKPULSE_CLICKHOUSE_USER}, default {@code default}
 * @param password {@code DESKPULSE_CLICKHOUSE_PASSWORD}, default empty
 * @param options {@code DESKPULSE_CLICKHOUSE_OPTIONS}, driver options, default {@code compress=false}
 *     (the embedded engine of the local stack serves uncompressed HTTP only)
 */
public record ClickHouseConfig(String endpoint, String database, String user, String password, String options)
        implements java.io.Serializable {

    public static final String DEFAULT_DATABASE = "helpdesk";

    public static ClickHouseConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ClickHouseConfig fromEnvironment(Map<String, String> env) {
        return new ClickHouseConfig(
                env.getOrDefault("DESKPULSE_CLICKHOUSE_URL", "http://127.0.0.1:8123"),
                env.getOrDefault("DESKPULSE_CLICKHOUSE_DATABASE", DEFAULT_DATABASE),
                env.getOrDefault("DESKPULSE_CLICKHOUSE_USER", "default"),
                env.getOrDefault("DESKPULSE_CLICKHOUSE_PASSWORD", ""),
                env.getOrDefault("DESKPULSE_CLICKHOUSE_OPTIONS", "compress=false"));
    }

    /** The local stack's embedded server at {@code endpoint}, with the default database. */
    public static ClickHouseConfig local(String endpoint) {
        return new ClickHouseConfig(endpoint, DEFAULT_DATABASE, "default", "", "compress=false");
    }

    public ClickHouseConfig withDatabase(String otherDatabase) {
        return new ClickHouseConfig(endpoint, otherDatabase, user, password, options);
    }

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    private String jdbcUrl(String db) {
        return "jdbc:clickhouse:" + endpoint + "/" + db + (options.isBlank() ? "" : "?" + options);
    }

    /** A connection whose current database is {@link #database()}. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), credentials());
    }

    /**
     * A connection whose statements run with {@code serverSettings} (for example {@code async_insert=0}),
     * sent by the driver with every request.
     */
    public Connection connect(Map<String, String> serverSettings) throws SQLException {
        Properties props = credentials();
        serverSettings.forEach((name, value) -> props.setProperty("clickhouse_setting_" + name, value));
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    /** A connection to the server's {@code default} database, for creating {@link #database()}. */
    Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("default"), credentials());
    }

    private Properties credentials() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return props;
    }

    @Override
    public String toString() {
        return "ClickHouseConfig[" + endpoint + "/" + database + " as " + user + "]";
    }
}
