package io.deskpulse.jobs.sla;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Configuration documents are not events in time, and the topic is quiet for weeks: their input
 * must never hold back the watermark of the ticket events it is connected with (an operator's
 * watermark is the minimum of its inputs'). So it always reports the end of time.
 */
final class ConfigurationWatermarks implements WatermarkGenerator<byte[]> {

    static WatermarkStrategy<byte[]> neverHoldingBack() {
        return WatermarkStrategy.forGenerator(context -> new ConfigurationWatermarks());
    }

    @Override
    public void onEvent(byte[] document, long timestamp, WatermarkOutput output) {
        output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }
}
