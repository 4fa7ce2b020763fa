package io.deskpulse.jobs.sla;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Configuration documents are not events in time, and the topic is quiet for weeks, yet an
 * operator's watermark is the minimum of its inputs'. The configuration input therefore emits no
 * watermarks and declares itself idle soon after its last document, so that it is left out of the
 * minimum. It must not report the end of time instead: when the ticket events fall idle too, the
 * operator would take that end of time as its watermark and fire every deadline at once.
 */
final class ConfigurationWatermarks {

    static final Duration IDLE_AFTER = Duration.ofSeconds(1);

    private ConfigurationWatermarks() {}

    static WatermarkStrategy<byte[]> idleBetweenDocuments() {
        return WatermarkStrategy.<byte[]>noWatermarks().withIdleness(IDLE_AFTER);
    }
}
