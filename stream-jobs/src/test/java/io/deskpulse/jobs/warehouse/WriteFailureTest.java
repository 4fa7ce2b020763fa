package io.deskpulse.jobs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The driver's real exceptions, from the embedded ClickHouse and from a port nobody listens on. */
@ExtendWith(LocalStack.class)
class WriteFailureTest {

    @Test
    void aStatementTheServerRefusesIsPermanent(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("default");
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            SQLException unknownTable = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO no_such_table (x) VALUES (1)"));
            assertEquals(60, WriteFailure.serverCode(unknownTable));
            assertEquals(WriteFailure.PERMANENT, WriteFailure.of(unknownTable));

            SQLException syntax = assertThrows(SQLException.class, () -> s.execute("INSERT INTO VALUES"));
            assertEquals(WriteFailure.PERMANENT, WriteFailure.of(syntax));
        }
    }

    @Test
    void anUnreachableServerIsTransient() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ClickHouseConfig away = ClickHouseConfig.local("http://127.0.0.1:" + closedPort);
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection c = away.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO t (x) VALUES (1)");
            }
        });
        assertEquals(0, WriteFailure.serverCode(refused), refused.toString());
        assertEquals(WriteFailure.TRANSIENT, WriteFailure.of(refused));
    }
}
