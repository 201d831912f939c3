package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.notification.NotificationSteps.items;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;
import static org.mentorat.testkit.HttpApi.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A person's inbox: what arrives in it, in which order, and reading it. */
class InboxIT extends RunningNotificationService {

    @Test
    void aStartedMentorshipWelcomesBothPeople() {
        MentorshipStarted started = pair.mentorshipStarted();

        driver.publish(pair.tenant(), started);

        Notices notices = awaitNotices(started.mentorshipId());
        JsonNode mentor = notices.mentor();
        JsonNode mentee = notices.mentee();
        assertThat(mentor.get("kind").asString()).isEqualTo("MENTORSHIP_STARTED");
        assertThat(mentor.get("details").get("role").asString()).isEqualTo("MENTOR");
        assertThat(mentee.get("details").get("role").asString()).isEqualTo("MENTEE");
        assertThat(mentee.get("details").get("counterpartId").asString()).isEqualTo(pair.mentorId());
    }

    @Test
    void aProposedMatchIsAnnouncedToBothPeople() {
        MatchProposed proposed = pair.matchProposed();

        driver.publish(pair.tenant(), proposed);

        Notices notices = awaitNotices(proposed.matchId());
        JsonNode mentee = notices.mentee();
        JsonNode mentor = notices.mentor();
        assertThat(mentee.get("kind").asString()).isEqualTo("MATCH_PROPOSED");
        assertThat(mentee.get("details").get("matchId").asString()).isEqualTo(proposed.matchId());
        assertThat(mentor.get("details").get("programId").asString()).isEqualTo(pair.programId());
    }

    @Test
    void theInboxShowsNewestFirstPageByPageAndCanHideWhatWasRead() {
        MentorshipStarted started = pair.mentorshipStarted();
        driver.publish(pair.tenant(), started);
        awaitNotice(pair.menteeId(), started.mentorshipId());
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String requestId = awaitNotice(pair.menteeId(), completed.sessionId()).get("id").asString();
        String mentee = pair.asMentee();

        JsonNode first = json(api.get("/api/v1/notifications/me?size=1", mentee));
        JsonNode second = json(api.get("/api/v1/notifications/me?size=1&page=1", mentee));
        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(first.get("unread").asLong()).isEqualTo(2);
        assertThat(items(first).get(0).get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
        assertThat(items(second).get(0).get("kind").asString()).isEqualTo("MENTORSHIP_STARTED");

        api.post("/api/v1/notifications/" + requestId + "/read", mentee, null);

        JsonNode unread = json(api.get("/api/v1/notifications/me?unread=true", mentee));
        assertThat(items(unread)).extracting(item -> item.get("kind").asString()).containsExactly("MENTORSHIP_STARTED");
        assertThat(unread.get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void readingANotificationTwiceKeepsTheFirstReadTime() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String id = awaitNotice(pair.mentorId(), completed.sessionId()).get("id").asString();

        JsonNode first = expect(api.post("/api/v1/notifications/" + id + "/read", pair.asMentor(), null), 200);
        JsonNode again = expect(api.post("/api/v1/notifications/" + id + "/read", pair.asMentor(), null), 200);

        assertThat(first.get("read").asBoolean()).isTrue();
        assertThat(again.get("readAt").asString()).isEqualTo(first.get("readAt").asString());
    }

    @Test
    void badInputIsABadRequestNamingTheParameter() {
        String mentee = pair.asMentee();

        JsonNode paging = problem(api.get("/api/v1/notifications/me?size=0&page=-1", mentee), 400, "validation");
        JsonNode unread = problem(api.get("/api/v1/notifications/me?unread=maybe", mentee), 400, "validation");

        assertThat(paging.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("size", "page");
        assertThat(unread.get("errors").findValuesAsString("field")).containsExactly("unread");
        problem(api.post("/api/v1/notifications/no-such-id/read", mentee, null), 404, "not-found");
        problem(api.get("/api/v1/notifications/me", null), 401, "unauthorized");
    }

    @Test
    void operatorsSeeHowManyNotificationsOfEachKindWentOut() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        awaitNotice(pair.menteeId(), completed.sessionId());

        ResponseEntity<String> scrape = service.management().get("/actuator/prometheus", null);

        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        String metrics = scrape.getBody();
        // one line per kind and channel (tags in alphabetical order); emails of the same kind have their own
        Matcher line = Pattern.compile("(?m)^mentorat_notifications_delivered_total\\{[^}]*channel=\"IN_APP\""
                + "[^}]*kind=\"FEEDBACK_REQUEST\"[^}]*} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(line.group(1))).isGreaterThanOrEqualTo(2);
    }
}
