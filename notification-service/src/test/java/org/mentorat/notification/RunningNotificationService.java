package org.mentorat.notification;

import org.junit.jupiter.api.BeforeEach;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The fixtures of notification-service's integration tests: the service started by the test
 * kit's {@link ServiceTest} (one shared context), its {@link ServiceDriver}, the steps that feed
 * it other services' facts, and a fresh pair of people for each test.
 */
@ServiceTest(service = "notification")
abstract class RunningNotificationService {

    @Autowired
    ServiceDriver service;

    HttpApi api;
    HttpApi management;
    NotificationSteps driver;
    Pair pair;

    @BeforeEach
    void connect() {
        api = service.api();
        management = service.management();
        driver = new NotificationSteps(service);
        pair = Pair.fresh("acme");
    }

    /** Waits for the one notification the person of this test's pair gets about an aggregate. */
    JsonNode awaitNotice(String personId, String relatedId) {
        return driver.awaitNotice(pair.tenant(), personId, relatedId);
    }

    /** Every event on the broker since the service started, dead letters included. */
    EventProbe events() {
        return service.probe();
    }
}
