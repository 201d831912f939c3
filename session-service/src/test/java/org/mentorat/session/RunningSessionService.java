package org.mentorat.session;

import org.junit.jupiter.api.BeforeEach;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fixtures of session-service's integration tests: the service started by the test kit's
 * {@link ServiceTest} (one shared context), its {@link ServiceDriver}, the steps that bring a
 * mentorship about, and a fresh pairing for each test.
 */
@ServiceTest(service = "session")
abstract class RunningSessionService {

    @Autowired
    ServiceDriver service;

    HttpApi api;
    HttpApi management;
    SessionSteps driver;
    Pairing pairing;

    @BeforeEach
    void connect() {
        api = service.api();
        management = service.management();
        driver = new SessionSteps(service);
        pairing = Pairing.fresh("acme");
    }

    String bootstrap() {
        return service.bootstrapServers();
    }
}
