package io.deskpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The context starts without Kafka or ClickHouse, and the login page is served over HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "deskpulse.clickhouse.migrate=false",
            "deskpulse.kafka.bootstrap-servers=127.0.0.1:1",
            "deskpulse.clickhouse.url=http://127.0.0.1:1"
        })
class DashboardApplicationTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    @Autowired
    private Environment environment;

    @Autowired
    private KafkaConfig kafka;

    @Autowired
    private ClickHouseConfig clickHouse;

    @Test
    void servesTheLoginPageInProductionMode() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<title>DeskPulse</title>").contains("VAADIN/build/");

        // What the bootstrap page asks for next: the UI of the login route, and the mode it runs in.
        HttpResponse<String> init = get("/?v-r=init&location=login&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.body()).contains("\"productionMode\":true");
    }

    @Test
    void sendsAnonymousVisitorsOfTheQueueToTheLoginPage() throws Exception {
        HttpResponse<String> queue = get("/queue");

        assertThat(queue.statusCode()).isEqualTo(302);
        assertThat(queue.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void buildsTheClientsFromTheSpringProperties() {
        assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:1");
        assertThat(kafka.ticketEventsTopic()).isEqualTo("ticket-events");
        assertThat(clickHouse.jdbcUrl()).isEqualTo("jdbc:clickhouse:http://127.0.0.1:1/helpdesk?compress=false");
    }

    private HttpResponse<String> get(String path) throws Exception {
        String port = environment.getRequiredProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
