package org.mentorat.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The kit end to end on the real broker and driver: outbox → relay → CloudEvents on Kafka →
 * idempotent consumer, crash recovery, dead letters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "sample")
class SampleServiceIT {

    private static final String TYPE = "org.mentorat.sample.widget-created.v1";

    @LocalServerPort
    int port;

    @Autowired
    CrashingAcknowledger acknowledger;

    @Autowired
    WidgetTallyListener tallies;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aCreatedWidgetIsPublishedAsABinaryModeCloudEventKeyedByItsId() {
        try (EventProbe probe = EventProbe.watching(bootstrap(), SampleApplication.TOPIC)) {
            String id = createWidget("acme", "gear");

            ConsumerRecord<String, byte[]> record = probe.await(ofTypeAbout(TYPE, id));

            assertThat(record.key()).isEqualTo(id);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_source")).isEqualTo("/sample-service");
            assertThat(header(record, "ce_id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "ce_tenantid")).isEqualTo("acme");
            assertThat(header(record, "ce_sequence")).isEqualTo("1");
            assertThat(header(record, "ce_traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            JsonNode data = HttpApi.JSON.readTree(record.value());
            assertThat(data.get("name").asString()).isEqualTo("gear");
            await().atMost(Duration.ofSeconds(20)).until(() -> tallies.tally(id) != null);
        }
    }

    @Test
    void aCrashBetweenBrokerAckAndPullResendsTheEventAndTheConsumerAppliesItOnce() {
        String name = "resent-" + System.nanoTime();
        acknowledger.crashOnceFor(name);
        try (EventProbe probe = EventProbe.watching(bootstrap(), SampleApplication.TOPIC)) {
            String id = createWidget("acme", name);

            await().atMost(Duration.ofSeconds(30)).until(() -> probe.matching(ofTypeAbout(TYPE, id)).size() >= 2);
            List<ConsumerRecord<String, byte[]>> copies = probe.matching(ofTypeAbout(TYPE, id));
            assertThat(copies).extracting(record -> header(record, "ce_id")).containsOnly(header(copies.get(0), "ce_id"));

            await().atMost(Duration.ofSeconds(20)).until(() -> tallies.tally(id) != null);
            assertThat(tallies.tally(id).getInteger("timesApplied")).isEqualTo(1);
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextMessageIsStillConsumed() throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrap(), SampleApplication.TOPIC + ".DLT")) {
            kafka.send(new ProducerRecord<>(SampleApplication.TOPIC, "poison-1",
                    "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();

            String id = createWidget("acme", "after-poison");

            ConsumerRecord<String, byte[]> dead = probe.await(record -> "poison-1".equals(record.key()));
            assertThat(EventProbe.value(dead)).isEqualTo("not a cloud event");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a binary-mode CloudEvent");
            await().atMost(Duration.ofSeconds(20)).until(() -> tallies.tally(id) != null);
        }
    }

    @Test
    void anotherTenantCannotReadTheWidget() {
        String id = createWidget("acme", "private");

        var response = api().get("/api/v1/widgets/" + id, TestTokens.bearer("globex", "admin-2", "PROGRAM_ADMIN"));

        HttpApi.problem(response, 404, "not-found");
    }

    @Test
    void anErasureIsConfirmedOnceOnThePrivacyReceiptsTopic(@Autowired ErasureReceipts receipts) {
        String erasureId = "era-" + System.nanoTime();
        try (EventProbe probe = EventProbe.watching(bootstrap(), org.mentorat.events.Topics.PRIVACY_RECEIPTS)) {
            assertThat(receipts.confirm("acme", erasureId, "person-1")).isTrue();
            assertThat(receipts.confirm("acme", erasureId, "person-1")).isFalse();

            ConsumerRecord<String, byte[]> receipt = probe.await(ofTypeAbout(
                    "org.mentorat.privacy.erasure-completed.v1", erasureId));
            JsonNode data = HttpApi.JSON.readTree(receipt.value());
            assertThat(data.get("service").asString()).isEqualTo("sample-service");
            assertThat(header(receipt, "ce_source")).isEqualTo("/sample-service");
            assertThat(probe.matching(ofTypeAbout("org.mentorat.privacy.erasure-completed.v1", erasureId)))
                    .hasSize(1);
        }
    }

    @Test
    void linksFollowTheHostAndSchemeTheGatewayForwarded() {
        var response = org.springframework.web.client.RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, r) -> { }).build()
                .post().uri("/api/v1/widgets")
                .header("Authorization", TestTokens.bearer("acme", "admin-1", "PROGRAM_ADMIN"))
                .header("X-Forwarded-Host", "api.mentorat.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("name", "linked", "size", 1))
                .retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getHeaders().getLocation().toString())
                .startsWith("https://api.mentorat.example/api/v1/widgets/");
    }

    private String createWidget(String tenant, String name) {
        return HttpApi.expect(api().post("/api/v1/widgets", TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN"),
                Map.of("name", name, "size", 3)), 201).get("id").asString();
    }

    private HttpApi api() {
        return HttpApi.onLocalPort(port);
    }

    private static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }
}
