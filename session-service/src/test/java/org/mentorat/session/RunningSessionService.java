package org.mentorat.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.MovableClock;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The fixtures of session-service's integration tests: the service started by the test kit's
 * {@link ServiceTest} (one shared context), its {@link ServiceDriver}, the steps that bring a
 * mentorship about, a fresh pairing for each test, and the service's clock, put back after each.
 */
@ServiceTest(service = "session")
@Import(MovableClock.Config.class)
abstract class RunningSessionService {

    @Autowired
    ServiceDriver service;

    @Autowired
    MovableClock clock;

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

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Moves the service's clock past every session a test scheduled (a week ahead at most). */
    void afterTheSessions() {
        clock.advance(java.time.Duration.ofDays(30));
    }

    String bootstrap() {
        return service.bootstrapServers();
    }
}
