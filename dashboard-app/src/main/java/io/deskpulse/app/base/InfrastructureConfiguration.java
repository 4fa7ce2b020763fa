package io.deskpulse.app.base;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clients of Kafka and ClickHouse, built from {@link DeskPulseProperties}. */
@Configuration(proxyBeanMethods = false)
public class InfrastructureConfiguration {

    @Bean
    KafkaConfig kafkaConfig(DeskPulseProperties properties) {
        DeskPulseProperties.Kafka kafka = properties.kafka();
        return new KafkaConfig(kafka.bootstrapServers(), kafka.ticketEventsTopic(), kafka.partitions());
    }

    @Bean
    ClickHouseConfig clickHouseConfig(DeskPulseProperties properties) {
        DeskPulseProperties.ClickHouse ch = properties.clickhouse();
        return new ClickHouseConfig(ch.url(), ch.database(), nullToEmpty(ch.user()), nullToEmpty(ch.password()),
                nullToEmpty(ch.options()));
    }

    /** Connects lazily: the app starts (and shows a clear error on submit) while Kafka is down. */
    @Bean(destroyMethod = "close")
    TicketEventPublisher ticketEventPublisher(KafkaConfig kafkaConfig) {
        return new TicketEventPublisher(kafkaConfig);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
