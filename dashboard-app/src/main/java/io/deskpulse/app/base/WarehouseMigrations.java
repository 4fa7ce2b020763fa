package io.deskpulse.app.base;

import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Applies pending warehouse migrations while the context starts, before the web server accepts
 * requests. A failure stops the start-up: the views assume the schema is current. Disable with
 * {@code deskpulse.clickhouse.migrate=false} (tests without ClickHouse, or when a deployment step
 * migrates).
 */
@Component
@ConditionalOnBooleanProperty(name = "deskpulse.clickhouse.migrate", matchIfMissing = true)
class WarehouseMigrations implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseMigrations.class);

    private final ClickHouseConfig config;

    WarehouseMigrations(ClickHouseConfig config) {
        this.config = config;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> applied = MigrationRunner.fromEnvironment(config, System.getenv()).migrate();
        LOG.info("Warehouse {}: {}", config, applied.isEmpty() ? "schema up to date" : "applied " + applied);
    }
}
