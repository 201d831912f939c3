package org.mentorat.session;

import org.junit.jupiter.api.BeforeEach;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The service on a random port against the shared broker and database, reached as its clients
 * reach it, with a fresh pairing for each test. Every integration test extends this and adds no
 * context configuration of its own, so they all run against one cached application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=session-service", "management.server.port=0"})
@RealInfrastructure(database = "session")
abstract class RunningSessionService {

    HttpApi api;
    HttpApi management;
    SessionServiceDriver driver;
    Pairing pairing;

    @BeforeEach
    void connect(@LocalServerPort int port, @LocalManagementPort int managementPort,
            @Autowired KafkaTemplate<String, byte[]> kafka) {
        api = HttpApi.onLocalPort(port);
        management = HttpApi.onLocalPort(managementPort);
        driver = new SessionServiceDriver(api, kafka);
        pairing = Pairing.fresh("acme");
    }

    static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }
}
