package org.mentorat.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Operators reach probes and metrics on the management port only, without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "sample")
class ManagementEndpointsIT {


    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void readinessChecksKafkaAndMongo() {
        String body = get(managementPort, "/actuator/health/readiness").getBody();
        JsonNode readiness = HttpApi.JSON.readTree(body);

        assertThat(readiness.get("status").asString()).as(body).isEqualTo("UP");
        assertThat(readiness.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(get(managementPort, "/actuator/health/liveness").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void prometheusShowsOutboxGaugesTaggedWithTheApplication() {
        String metrics = get(managementPort, "/actuator/prometheus").getBody();

        assertThat(metrics).contains("mentorat_outbox_pending_events{application=\"sample-service\"}");
        assertThat(metrics).contains("mentorat_outbox_oldest_event_age_seconds{application=\"sample-service\"}");
        assertThat(metrics).contains("application=\"sample-service\"");
    }

    @Test
    void theApiPortDoesNotServeManagementEndpoints() {
        assertThat(get(port, "/actuator/prometheus").getStatusCode().value()).isIn(401, 404);
    }

    @Test
    void theServiceServesItsOpenApiDocumentWithoutAToken() {
        JsonNode document = HttpApi.expect(get(port, "/v3/api-docs"), 200);

        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").has("/api/v1/widgets")).isTrue();
        assertThat(document.get("paths").has("/api/v1/widgets/{id}")).isTrue();
    }

    private static ResponseEntity<String> get(int port, String path) {
        return HttpApi.onLocalPort(port).get(path, null);
    }
}
