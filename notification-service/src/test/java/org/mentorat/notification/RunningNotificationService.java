package org.mentorat.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mentorat.notification.dispatch.QueueAccess;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.MovableClock;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The fixtures of notification-service's integration tests: the service started by the test
 * kit's {@link ServiceTest} (one shared context), its {@link ServiceDriver}, the steps that feed
 * it other services' facts, a fresh pair of people for each test, the service's clock (put back
 * after each test), its mail server ({@link Mailbox}) and a look into its queue.
 */
@ServiceTest(service = "notification")
@Import({MovableClock.Config.class, RecordingOptOuts.Config.class})
abstract class RunningNotificationService {

    @Autowired
    ServiceDriver service;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationContext context;

    NotificationSteps driver;
    HttpApi api;
    Pair pair;
    QueueAccess queue;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", Mailbox::host);
        registry.add("spring.mail.port", Mailbox::port);
    }

    @BeforeEach
    void connect() {
        driver = new NotificationSteps(service);
        api = service.api();
        pair = Pair.fresh("acme");
        queue = new QueueAccess(context);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        Mailbox.restart();
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
