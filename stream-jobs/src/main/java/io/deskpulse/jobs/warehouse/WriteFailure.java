package io.deskpulse.jobs.warehouse;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failed insert is worth retrying. ClickHouse being away (no answer, a timeout, too many
 * parts, a replica read-only for a while) passes; the same statement refused for what it is (a
 * syntax or type error, an unknown table, a missing feature) fails the same way forever, so the
 * sink fails the task instead: Flink restarts it from the last checkpoint and nothing is lost, but
 * the failure is seen instead of hidden behind endless retries.
 */
enum WriteFailure {
    TRANSIENT,
    PERMANENT;

    /** ClickHouse error codes (src/Common/ErrorCodes.cpp) that describe the server's state, not the statement. */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(
            3,    // UNEXPECTED_END_OF_FILE
            23,   // CANNOT_READ_FROM_ISTREAM
            24,   // CANNOT_WRITE_TO_OSTREAM
            32,   // ATTEMPT_TO_READ_AFTER_EOF
            159,  // TIMEOUT_EXCEEDED
            198,  // DNS_ERROR
            202,  // TOO_MANY_SIMULTANEOUS_QUERIES
            203,  // NO_FREE_CONNECTION
            209,  // SOCKET_TIMEOUT
            210,  // NETWORK_ERROR
            236,  // ABORTED
            241,  // MEMORY_LIMIT_EXCEEDED
            242,  // TABLE_IS_READ_ONLY
            243,  // NOT_ENOUGH_SPACE
            252,  // TOO_MANY_PARTS
            285,  // TOO_FEW_LIVE_REPLICAS
            319,  // UNKNOWN_STATUS_OF_INSERT
            394,  // QUERY_WAS_CANCELLED
            425,  // SYSTEM_ERROR
            439,  // CANNOT_SCHEDULE_TASK
            473,  // DEADLOCK_AVOIDED
            999,  // KEEPER_EXCEPTION
            1000  // POCO_EXCEPTION
    );

    /**
     * The driver reports a server's refusal with the server's error code; a failure with no code
     * never reached a server that answered (connection refused, reset, timed out).
     */
    static WriteFailure of(SQLException e) {
        int code = serverCode(e);
        return code == 0 || TRANSIENT_CODES.contains(code) ? TRANSIENT : PERMANENT;
    }

    static int serverCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
