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

    NotificationSteps driver;
    HttpApi api;
    Pair pair;

    @BeforeEach
    void connect() {
        driver = new NotificationSteps(service);
        api = service.api();
        pair = Pair.fresh("acme");
    }

    /** Waits for the one notification the person of this test's pair gets about an aggregate. */
    JsonNode awaitNotice(String personId, String relatedId) {
        return driver.awaitNotice(pair.tenant(), personId, relatedId);
    }

    /** Waits until both people of this test's pair have their one notification about an aggregate. */
    Notices awaitNotices(String relatedId) {
        return new Notices(awaitNotice(pair.mentorId(), relatedId), awaitNotice(pair.menteeId(), relatedId));
    }

    /** Every event on the broker since the service started, dead letters included. */
    EventProbe events() {
        return service.probe();
    }

    /** The mentor's and the mentee's notification about the same aggregate. */
    record Notices(JsonNode mentor, JsonNode mentee) {
    }
}
