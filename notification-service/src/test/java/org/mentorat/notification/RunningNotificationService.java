package org.mentorat.notification;

import org.junit.jupiter.api.BeforeEach;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The service on a random port against the shared broker and database, reached as its clients
 * reach it, with a fresh pair of people for each test. Every integration test extends this and
 * adds no context configuration of its own, so they all run against one cached application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=notification-service", "management.server.port=0"})
@RealInfrastructure(database = "notification")
abstract class RunningNotificationService {

    HttpApi api;
    HttpApi management;
    NotificationServiceDriver driver;
    Pair pair;

    @BeforeEach
    void connect(@LocalServerPort int port, @LocalManagementPort int managementPort,
            @Autowired KafkaTemplate<String, byte[]> kafka) {
        api = HttpApi.onLocalPort(port);
        management = HttpApi.onLocalPort(managementPort);
        driver = new NotificationServiceDriver(api, kafka);
        pair = Pair.fresh("acme");
    }

    /** Waits for the one notification the person of this test's pair gets about an aggregate. */
    JsonNode awaitNotice(String personId, String relatedId) {
        return driver.awaitNotice(pair.tenant(), personId, relatedId);
    }

    static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }
}
