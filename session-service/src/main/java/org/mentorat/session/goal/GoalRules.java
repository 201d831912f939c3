package org.mentorat.session.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.session.mentorship.Mentorship;

/** The checks a goal's decisions share, each answered the way the API reports it. */
final class GoalRules {

    private GoalRules() {
    }

    static void requireActive(Mentorship mentorship) {
        if (!mentorship.isActive()) {
            throw new ConflictException("mentorship-not-active",
                    "Goals change only while their mentorship is active; this one is " + mentorship.status() + ".");
        }
    }

    static void requireNotPast(LocalDate date, Instant now, String field, String what) {
        if (date.isBefore(dayOf(now))) {
            throw invalid(field, what + " " + date + " is in the past");
        }
    }

    static void requireRoom(int count, int max, String what) {
        if (count >= max) {
            throw new ConflictException("goal-full", "A goal holds at most " + max + " " + what + ".");
        }
    }

    static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
