package io.deskpulse.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.intake.IntakeService;
import io.deskpulse.app.intake.TicketEventSender;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

/** With no broker to acknowledge, the API answers 503 within the publish timeout and forgets the key. */
class EventStreamUnavailableTest {

    private static final DeskPulseProperties PROPERTIES = new DeskPulseProperties(null, null,
            new DeskPulseProperties.Intake(Duration.ofSeconds(1)), null,
            new DeskPulseProperties.Api(null, DataSize.ofKilobytes(256), 500, DataSize.ofMegabytes(1)), null);

    // Nothing listens on port 1: the producer waits for broker metadata that never comes.
    private final TicketEventPublisher publisher =
            new TicketEventPublisher(new KafkaConfig("127.0.0.1:1", "ticket-events", 1));
    private final TicketEventSender sender = new TicketEventSender(new ObjectProvider<>() {
        @Override
        public TicketEventPublisher getObject() {
            return publisher;
        }
    }, PROPERTIES);
    private final TicketApi api = new TicketApi(sender, new IntakeService(sender, Clock.systemUTC(),
            ClickHouseConfig.fromEnvironment()), PROPERTIES);

    @AfterEach
    void stop() {
        sender.stop();
        publisher.close();
    }

    @Test
    void anUnacknowledgedEventIsA503WithRetryAfter() throws Exception {
        CompletableFuture<Answer> answer = api.appendEvent(new ApiClient("mailgw"), "T-1", Optional.empty(),
                new ObjectMapper().readTree("{\"type\": \"TICKET_CLOSED\"}"));

        Throwable failure = catchThrowable(() -> answer.get(10, TimeUnit.SECONDS));

        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(ApiProblem.class);
        ResponseEntity<byte[]> response = ((ApiProblem) failure.getCause()).problem().toResponse();
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8))
                .contains("did not acknowledge the events within 1 s");
    }

    @Test
    void aKeyWhoseRequestFailedIsForgottenSoThatTheRetryRunsAgain() {
        RecentAnswers recent = new RecentAnswers(PROPERTIES);
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(new ApiClient("mailgw"), "mail-1");
        AtomicInteger runs = new AtomicInteger();

        for (int attempt = 0; attempt < 2; attempt++) {
            CompletableFuture<ResponseEntity<byte[]>> answer = recent.answer(key, new byte[] {1}, () -> {
                runs.incrementAndGet();
                return CompletableFuture.failedFuture(new IllegalStateException("broker away"));
            });
            assertThat(answer).isCompletedExceptionally();
        }

        assertThat(runs).hasValue(2);
    }
}
