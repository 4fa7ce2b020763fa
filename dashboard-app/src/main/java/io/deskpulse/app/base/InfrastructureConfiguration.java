package io.deskpulse.app.base;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.time.Clock;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/** The clients of Kafka and ClickHouse, built from {@link DeskPulseProperties}, and the HTTP port. */
@Configuration(proxyBeanMethods = false)
public class InfrastructureConfiguration {

    static final String APP_PORT_VARIABLE = "DESKPULSE_APP_PORT";

    @Bean
    KafkaConfig kafkaConfig(DeskPulseProperties properties) {
        return properties.kafka().over(KafkaConfig.fromEnvironment());
    }

    @Bean
    ClickHouseConfig clickHouseConfig(DeskPulseProperties properties) {
        return properties.clickhouse().over(ClickHouseConfig.fromEnvironment());
    }

    /**
     * Created on the first submitted ticket: the producer connects as soon as it exists, and an app
     * started while Kafka is down should neither wait for it nor log a reconnect every second.
     */
    @Bean(destroyMethod = "close")
    @Lazy
    TicketEventPublisher ticketEventPublisher(KafkaConfig kafkaConfig) {
        return new TicketEventPublisher(kafkaConfig);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The port is {@code server.port} when set (a launcher's {@code server.port=0}, or
     * {@code SERVER_PORT}), else {@code DESKPULSE_APP_PORT}, else 8080.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> portFromEnvironment(Environment environment) {
        return factory -> {
            String port = System.getenv(APP_PORT_VARIABLE);
            if (!environment.containsProperty("server.port") && port != null && !port.isBlank()) {
                factory.setPort(Integer.parseInt(port.strip()));
            }
        };
    }
}
