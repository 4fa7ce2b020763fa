package io.deskpulse.jobs.source;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEventCodec;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns {@code ticket-events} records into events, or into dead letters with the codec's reason. A
 * malformed record never fails the job and is never dropped.
 */
public final class TicketEventDeserializer implements KafkaRecordDeserializationSchema<ConsumedRecord> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ConsumedRecord> out) {
        out.collect(switch (TicketEventCodec.decode(record.value())) {
            case DecodeResult.Accepted accepted -> ConsumedRecord.of(accepted.event(), record.timestamp());
            case DecodeResult.Rejected rejected -> ConsumedRecord.rejected(new DeadLetter(record.key(),
                    record.value(), rejected.reason(), record.topic(), record.partition(), record.offset(),
                    Instant.now()), record.timestamp());
        });
    }

    @Override
    public TypeInformation<ConsumedRecord> getProducedType() {
        return TypeInformation.of(ConsumedRecord.class);
    }
}
