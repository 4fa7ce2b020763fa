package io.deskpulse.jobs.source;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code ticket-events} records into events. A record that is not a valid event never stops
 * the job: it is logged with its coordinates and skipped here (the dead-letter topic that keeps it
 * with its reason is added with the full event contract).
 */
public final class TicketEventDeserializer implements KafkaRecordDeserializationSchema<TicketEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(TicketEventDeserializer.class);

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<TicketEvent> out) {
        switch (TicketEventCodec.decode(record.value())) {
            case DecodeResult.Accepted accepted -> out.collect(accepted.event());
            case DecodeResult.Rejected rejected -> LOG.warn("rejected record {}-{}@{}: {}",
                    record.topic(), record.partition(), record.offset(), rejected.reason());
        }
    }

    @Override
    public TypeInformation<TicketEvent> getProducedType() {
        return TypeInformation.of(TicketEvent.class);
    }
}
