package io.deskpulse.localstack.junit;

/**
 * Addresses of the test JVM's local stack.
 *
 * @param kafkaBootstrapServers e.g. {@code 127.0.0.1:41234}
 * @param clickHouseEndpoint the ClickHouse HTTP endpoint, e.g. {@code http://127.0.0.1:41235}
 */
public record LocalStackEndpoints(String kafkaBootstrapServers, String clickHouseEndpoint) {

    /** A JDBC URL for the official driver; the embedded engine serves uncompressed HTTP only. */
    public String jdbcUrl(String database) {
        return "jdbc:clickhouse:" + clickHouseEndpoint + "/" + database + "?compress=false";
    }
}
