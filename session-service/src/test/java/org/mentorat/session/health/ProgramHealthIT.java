package org.mentorat.session.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.problem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipPaused;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SurveySubmitted;
import org.mentorat.testkit.ApiClient;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The program's health through the real broker: events published as session-service's and
 * profile-service's relays would, the report read over HTTP, the stall check run at chosen times.
 */
@ServiceTest(service = "session")
class ProgramHealthIT {

    static final String TENANT = "acme";

    @Autowired
    ServiceDriver service;
    @Autowired
    StallWatch stalls;
    @Autowired
    ProgramGauges gauges;

    HealthEventsOnTheBroker events;
    ApiClient admin;
    String program;

    @BeforeEach
    void aFreshProgram() {
        events = new HealthEventsOnTheBroker(service, TENANT);
        admin = service.as(TENANT, "admin-1", "PROGRAM_ADMIN");
        program = "prg-" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void theReportOfASeededProgramShowsTheFiguresComputedByHandAndAReplayChangesNone() {
        publishTheSeededProgram();

        JsonNode report = awaitReport(figures -> figures.get("sessionsHeld").asLong() == 5
                && figures.get("ratings").asLong() == 4 && figures.get("nps").get("responses").asLong() == 4
                && figures.get("goals").get("achieved").asLong() == 1 && figures.get("mentorships").get("ended").asLong() == 1
                && figures.get("mentorships").get("paused").asLong() == 1
                && figures.get("mentorships").get("completed").asLong() == 1);
        assertTheSeededFigures(report);

        events.replayAll();
        events.awaitAllConsumed();

        assertTheSeededFigures(expect(admin.get(reportPath()), 200));
    }

    @Test
    void aQuietMentorshipIsReportedStalledOnceAndAgainAfterANewQuietPeriodOnly() {
        Instant start = Instant.parse("2019-01-01T09:00:00Z");
        events.publish(program, 1, programPublished(program, "Quiet", 10));
        String quiet = started("quiet", start);
        String paused = started("paused", start);
        events.publish(paused, 2, new MentorshipPaused(paused, program, "2019-03-01", null, start.plus(days(1))));
        // the threshold comes on profile-events, which no order binds to session-events: wait for both
        awaitReport(figures -> figures.get("mentorships").get("active").asLong() == 1
                && figures.get("mentorships").get("paused").asLong() == 1
                && "Quiet".equals(figures.path("name").asString(null)));

        stalls.check(start.plus(days(11)));
        MentorshipStalled stalled = service.awaitEvent(MentorshipStalled.class, about(quiet));
        assertThat(stalled.thresholdDays()).isEqualTo(10);
        assertThat(stalled.lastSessionAt()).isNull();
        assertThat(stalled.programId()).isEqualTo(program);
        stalls.check(start.plus(days(11)));
        stalls.check(start.plus(days(12)));
        assertThat(awaitReport(figures -> figures.get("mentorships").get("stalled").asLong() == 1)
                .get("mentorships").get("active").asLong()).isEqualTo(1);

        events.publish("ses-" + quiet, 2, sessionCompleted(quiet, start.plus(days(15)), 30));
        awaitReport(figures -> figures.get("mentorships").get("stalled").asLong() == 0);
        stalls.check(start.plus(days(20)));
        stalls.check(start.plus(days(26)));

        service.awaitEvent(MentorshipStalled.class, about(quiet).and(event -> event.lastSessionAt() != null));
        assertThat(service.events(MentorshipStalled.class, about(quiet))).hasSize(2);
        assertThat(service.events(MentorshipStalled.class, about(paused))).isEmpty();
        awaitReport(figures -> figures.get("mentorships").get("stalled").asLong() == 1);
    }

    @Test
    void theCsvReportIsOneTableThatASpreadsheetCannotRunAsAFormula() {
        events.publish(program, 1, programPublished(program, "=HYPERLINK(\"http://evil.example\",\"Leaders\")", null));
        String mentorship = started("csv", Instant.parse("2026-03-02T09:00:00Z"));
        events.publish("ses-" + mentorship, 2, sessionCompleted(mentorship, Instant.parse("2026-03-10T10:00:00Z"), 45));
        events.publish("srv-" + mentorship, 1, new SurveySubmitted("srv-" + mentorship, mentorship, program, "mentee-csv",
                3, Instant.parse("2026-03-11T10:00:00Z")));
        awaitReport(figures -> figures.get("sessionsHeld").asLong() == 1 && figures.get("nps").get("responses").asLong() == 1);

        ResponseEntity<String> csv = admin.send(RequestEntity.get(URI.create(reportPath())).header(HttpHeaders.ACCEPT, "text/csv").build());

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = List.of(csv.getBody().split("\r\n"));
        String name = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Leaders\"\")\"";
        assertThat(lines.getFirst()).isEqualTo("program,figure,month,value");
        assertThat(lines).contains(name + ",mentorships_active,,1", name + ",sessions_held,2026-03,1",
                name + ",mentoring_hours,2026-03,0.8", name + ",nps,,-100", name + ",average_rating,,");
    }

    @Test
    void onlyTheTenantsProgramAdministratorsReadTheReport() {
        events.publish(program, 1, programPublished(program, "Private", null));
        awaitReport(figures -> true);

        problem(service.as(TENANT, "mentor-1", "MENTOR").get(reportPath()), 403, "forbidden");
        problem(service.as("globex", "admin-2", "PROGRAM_ADMIN").get(reportPath()), 404, "not-found");
        problem(admin.get("/api/v1/programs/prg-unknown/report"), 404, "not-found");
    }

    @Test
    void operatorsSeeTheProgramsFiguresAsGaugesTaggedByProgram() {
        events.publish(program, 1, programPublished(program, "Gauged", null));
        String mentorship = started("gauge", Instant.parse("2026-03-02T09:00:00Z"));
        events.publish("ses-" + mentorship, 2, sessionCompleted(mentorship, Instant.parse("2026-03-09T10:00:00Z"), 90));
        awaitReport(figures -> figures.get("sessionsHeld").asLong() == 1);

        gauges.refresh();
        String scrape = expect200(service.management().get("/actuator/prometheus", null));

        String program = "program=\"" + this.program + "\"";
        assertThat(scrape).containsPattern("mentorat_program_sessions_held\\{[^}]*" + program + "[^}]*} 1\\.0");
        assertThat(scrape).containsPattern("mentorat_program_mentoring_hours\\{[^}]*" + program + "[^}]*} 1\\.5");
        assertThat(scrape).containsPattern("mentorat_program_median_days_to_first_session\\{[^}]*" + program
                + "[^}]*} 7\\.0");
        assertThat(scrape).containsPattern("mentorat_program_mentorships\\{[^}]*" + program
                + "[^}]*status=\"active\"[^}]*} 1\\.0");
    }

    /**
     * Five mentorships: m1 active (sessions after 8 days), m2 a group of two mentees, then paused
     * (first session after 20 days), m3 completed (3 days), m4 ended early (no session), m5 active
     * (14 days). Sessions in March: 60 + 90 + 30 minutes; in April: 45 + 50.
     */
    private void publishTheSeededProgram() {
        events.publish(program, 1, programPublished(program, "Leaders", 21));
        String m1 = started("m1", Instant.parse("2026-03-02T09:00:00Z"));
        String m2 = started("m2", Instant.parse("2026-03-05T09:00:00Z"));
        events.publish(m2, 2, new MentorshipStarted(m2, "match-m2b", program, "mentor-m2", "mentee-m2b",
                Instant.parse("2026-03-06T09:00:00Z"), "GROUP", null));
        String m3 = started("m3", Instant.parse("2026-03-09T09:00:00Z"));
        String m4 = started("m4", Instant.parse("2026-03-20T09:00:00Z"));
        String m5 = started("m5", Instant.parse("2026-04-01T09:00:00Z"));
        events.publish("s1", 2, sessionCompleted("s1", m1, Instant.parse("2026-03-10T10:00:00Z"), 60));
        events.publish("s2", 2, sessionCompleted("s2", m1, Instant.parse("2026-04-07T10:00:00Z"), 45));
        events.publish("s3", 2, sessionCompleted("s3", m2, Instant.parse("2026-03-25T10:00:00Z"), 90));
        events.publish("s4", 2, sessionCompleted("s4", m3, Instant.parse("2026-03-12T10:00:00Z"), 30));
        events.publish("s5", 2, sessionCompleted("s5", m5, Instant.parse("2026-04-15T10:00:00Z"), 50));
        events.publish("s1", 3, rating("s1", m1, "mentee-m1", 5));
        events.publish("s1", 4, rating("s1", m1, "mentor-m1", 4));
        events.publish("s3", 3, rating("s3", m2, "mentee-m2", 3));
        events.publish("s5", 3, rating("s5", m5, "mentee-m5", 4));
        events.publish("g1", 1, new GoalSet("g1", m1, program, "mentee-m1", "2026-06-30", false, Instant.parse("2026-03-11T00:00:00Z")));
        events.publish("g2", 1, new GoalSet("g2", m1, program, "mentee-m1", "2026-07-31", true, Instant.parse("2026-03-11T00:00:00Z")));
        events.publish("g3", 1, new GoalSet("g3", m5, program, "mentee-m5", "2026-08-31", true, Instant.parse("2026-04-16T00:00:00Z")));
        events.publish("g1", 2, new GoalAchieved("g1", m1, program, "mentee-m1", Instant.parse("2026-04-08T00:00:00Z")));
        events.publish(m2, 3, new MentorshipPaused(m2, program, "2026-06-01", "Parental leave", Instant.parse("2026-04-01T00:00:00Z")));
        events.publish(m3, 2, new MentorshipCompleted(m3, program, "mentor-m3", List.of("mentee-m3"), "PLANNED_END",
                Instant.parse("2026-03-09T09:00:00Z"), Instant.parse("2026-04-20T00:00:00Z")));
        events.publish(m4, 2, new MentorshipEnded(m4, program, "mentor-m4", List.of("mentee-m4"), "MENTEE_LEFT",
                Instant.parse("2026-03-20T09:00:00Z"), Instant.parse("2026-04-02T00:00:00Z")));
        events.publish("v1", 1, survey("v1", m3, "mentee-m3", 10));
        events.publish("v2", 1, survey("v2", m3, "mentor-m3", 6));
        events.publish("v3", 1, survey("v3", m4, "mentee-m4", 8));
        events.publish("v4", 1, survey("v4", m1, "mentee-m1", 9));
    }

    private void assertTheSeededFigures(JsonNode report) {
        JsonNode mentorships = report.get("mentorships");
        assertThat(report.get("name").asString()).isEqualTo("Leaders");
        assertThat(mentorships.get("active").asLong()).isEqualTo(2);
        assertThat(mentorships.get("paused").asLong()).isEqualTo(1);
        assertThat(mentorships.get("stalled").asLong()).isZero();
        assertThat(mentorships.get("completed").asLong()).isEqualTo(1);
        assertThat(mentorships.get("ended").asLong()).isEqualTo(1);
        // 60 + 90 + 30 = 180 minutes in March, 45 + 50 = 95 in April (1.58 h), 275 in all (4.58 h)
        assertThat(report.get("sessionsHeld").asLong()).isEqualTo(5);
        assertThat(report.get("mentoringHours").decimalValue()).isEqualByComparingTo("4.6");
        JsonNode months = report.get("months");
        assertThat(months.size()).isEqualTo(2);
        assertThat(months.get(0).get("month").asString()).isEqualTo("2026-03");
        assertThat(months.get(0).get("sessionsHeld").asLong()).isEqualTo(3);
        assertThat(months.get(0).get("mentoringHours").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(months.get(1).get("month").asString()).isEqualTo("2026-04");
        assertThat(months.get(1).get("sessionsHeld").asLong()).isEqualTo(2);
        assertThat(months.get(1).get("mentoringHours").decimalValue()).isEqualByComparingTo("1.6");
        // goals: 3 set, 1 achieved
        assertThat(report.get("goals").get("set").asLong()).isEqualTo(3);
        assertThat(report.get("goals").get("achieved").asLong()).isEqualTo(1);
        assertThat(report.get("goals").get("completionRate").decimalValue()).isEqualByComparingTo("0.333");
        // ratings 5, 4, 3, 4: 16 / 4
        assertThat(report.get("averageRating").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(report.get("ratings").asLong()).isEqualTo(4);
        // scores 10, 6, 8, 9: 2 promoters, 1 passive, 1 detractor: (2 - 1) / 4 = 25 %
        JsonNode nps = report.get("nps");
        assertThat(nps.get("score").asLong()).isEqualTo(25);
        assertThat(nps.get("promoters").asLong()).isEqualTo(2);
        assertThat(nps.get("passives").asLong()).isEqualTo(1);
        assertThat(nps.get("detractors").asLong()).isEqualTo(1);
        // first sessions after 8, 20, 3 and 14 days: 3, 8, 14, 20 -> (8 + 14) / 2
        assertThat(report.get("medianDaysToFirstSession").decimalValue()).isEqualByComparingTo("11.0");
        assertThat(report.get("mentorshipsWithASession").asLong()).isEqualTo(4);
    }

    private String started(String name, Instant at) {
        String mentorship = name + "-" + program;
        events.publish(mentorship, 1, new MentorshipStarted(mentorship, "match-" + name, program, "mentor-" + name,
                "mentee-" + name, at, "ONE_TO_ONE", null));
        return mentorship;
    }

    private SessionCompleted sessionCompleted(String mentorship, Instant at, int minutes) {
        return sessionCompleted("ses-" + mentorship, mentorship, at, minutes);
    }

    private SessionCompleted sessionCompleted(String session, String mentorship, Instant at, int minutes) {
        return new SessionCompleted(session, mentorship, program, "mentor", "mentee", at, List.of("mentee"), minutes);
    }

    private FeedbackSubmitted rating(String session, String mentorship, String author, int rating) {
        return new FeedbackSubmitted("fb-" + session + author, session, mentorship, author, rating,
                Instant.parse("2026-04-20T00:00:00Z"), program, "YES");
    }

    private SurveySubmitted survey(String id, String mentorship, String respondent, int score) {
        return new SurveySubmitted(id, mentorship, program, respondent, score, Instant.parse("2026-04-21T00:00:00Z"));
    }

    static ProgramPublished programPublished(String id, String name, Integer stallAfterDays) {
        return new ProgramPublished(id, name, "ONE_TO_ONE", Instant.parse("2026-01-05T09:00:00Z"), null, null, 26, 2,
                "MENTEE_CHOOSES", null, null, "QUALITY", 5, 7, stallAfterDays);
    }

    private Predicate<MentorshipStalled> about(String mentorship) {
        return event -> event.mentorshipId().equals(mentorship);
    }

    private JsonNode awaitReport(Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<String> response = admin.get(reportPath());
            if (response.getStatusCode().value() != 200) {
                return false;
            }
            last[0] = expect(response, 200);
            return ready.test(last[0]);
        });
        return last[0];
    }

    private String reportPath() {
        return "/api/v1/programs/" + program + "/report";
    }

    private static String expect200(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
