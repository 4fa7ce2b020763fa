package io.deskpulse.demo;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the local demo starts and where.
 *
 * @param dataDir {@code DESKPULSE_DATA_DIR}, default {@code ~/.local/share/deskpulse/demo}: Kafka's log
 *     and ClickHouse's data survive restarts of the demo
 * @param kafkaPort {@code DESKPULSE_KAFKA_PORT}, default 9092 (0: any free port)
 * @param clickHousePort {@code DESKPULSE_CLICKHOUSE_PORT}, default 8123 (0: any free port)
 * @param appPort {@code DESKPULSE_APP_PORT}, default 8080 (0: any free port)
 * @param generateTickets {@code DESKPULSE_DEMO_GENERATOR}, default true: publish live demo tickets
 */
public record DemoSettings(Path dataDir, int kafkaPort, int clickHousePort, int appPort, boolean generateTickets) {

    public static DemoSettings fromEnvironment(Map<String, String> env) {
        return new DemoSettings(
                Path.of(env.getOrDefault("DESKPULSE_DATA_DIR",
                        System.getProperty("user.home") + "/.local/share/deskpulse/demo")),
                Integer.parseInt(env.getOrDefault("DESKPULSE_KAFKA_PORT", "9092")),
                Integer.parseInt(env.getOrDefault("DESKPULSE_CLICKHOUSE_PORT", "8123")),
                Integer.parseInt(env.getOrDefault("DESKPULSE_APP_PORT", "8080")),
                Boolean.parseBoolean(env.getOrDefault("DESKPULSE_DEMO_GENERATOR", "true")));
    }
}
