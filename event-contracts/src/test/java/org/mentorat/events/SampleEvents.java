package org.mentorat.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.matching.MatchingRunCompleted;
import org.mentorat.events.notification.NotificationFailed;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.SkillLevel;
import org.mentorat.events.profile.WeeklySlot;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipPaused;
import org.mentorat.events.session.MentorshipResumed;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.events.session.SurveySubmitted;

/** One realistic instance of every event record, for contract tests. */
final class SampleEvents {

    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    private SampleEvents() {
    }

    static Map<Class<?>, DomainEvent> byClass() {
        return Stream.of(
                        new MentorRegistered("enr-1", "prg-1", "per-1", 2, List.of("Java", "leadership"),
                                List.of("fr", "en"), "Engineering", AT, "ONE_TO_ONE", "E-1", "E-100", 7,
                                List.of(new SkillLevel("Java", 5)), "Paris", true, "Europe/Paris",
                                new Availability(6, List.of(new WeeklySlot("TUESDAY", "09:00", "10:30"))),
                                "COACHING", List.of("FORMAL"), List.of("GUIDANCE", "FEEDBACK"),
                                Map.of("FORMAL", 0.8, "INFORMAL", 0.4, "REVERSE", 0.0, "GROUP", 0.2, "PEER", 0.1),
                                Map.of("GUIDANCE", 1.0, "FEEDBACK", 0.75, "NETWORK", 0.0, "ACCOUNTABILITY", 0.25)),
                        new MenteeRegistered("enr-2", "prg-1", "per-2", List.of("Java"), List.of("fr"),
                                null, "Grow into a tech lead role", AT, "ONE_TO_ONE", "E-2", null, null, List.of(),
                                null, true, "UTC", new Availability(null, List.of()), null, List.of(), List.of(),
                                Map.of(), Map.of()),
                        new MatchProposed("mat-1", "prg-1", "per-1", "per-2", 0.82,
                                List.of("SHARED_TOPICS", "SHARED_LANGUAGE"), AT),
                        new MatchAccepted("mat-1", "prg-1", "per-1", "per-2", AT),
                        new MatchDeclined("mat-1", "prg-1", "per-1", "per-2", "MENTOR", "NO_TIME", AT),
                        new MatchExpired("mat-1", "prg-1", "per-1", "per-2", true, false, AT, AT),
                        new MatchEnded("mat-1", "prg-1", "per-1", "per-2", "MENTOR_LEFT", "ACCEPTED", AT),
                        new MatchingRunCompleted("run-1", "prg-1", "QUALITY", 120, 112, 8,
                                Map.of("NO_ALLOWED_MENTOR", 3, "CAPACITY_TAKEN", 5), 80.64, 0.72, 0.41, AT),
                        new MentorshipStarted("mts-1", "mat-1", "prg-1", "per-1", "per-2", AT, "ONE_TO_ONE", "2026-09-30"),
                        new SessionScheduled("ses-1", "mts-1", "per-1", "per-2", AT, 45, "prg-1", List.of("per-2"),
                                "Europe/Paris", "VIDEO", "https://meet.example.com/abc", 0, null, "Career goals", AT),
                        new SessionCompleted("ses-1", "mts-1", "prg-1", "per-1", "per-2", AT, List.of("per-2"), 50),
                        new FeedbackSubmitted("fbk-1", "ses-1", "mts-1", "per-2", 5, AT, "prg-1", "PARTLY"),
                        new SessionRescheduled("ses-1", "mts-1", "prg-1", "per-1", List.of("per-2"), AT, 45,
                                "Europe/Paris", 1, AT, "IN_PERSON", "Room 4.12", null, AT),
                        new SessionCancelled("ses-1", "mts-1", "prg-1", "per-1", List.of("per-2"), AT, 2, null, AT, 45,
                                "Europe/Paris", "VIDEO", "https://meet.example.com/abc", "Career goals", AT),
                        new MentorshipPaused("mts-1", "prg-1", "2026-07-01", "Parental leave", AT),
                        new MentorshipResumed("mts-1", "prg-1", AT),
                        new MentorshipCompleted("mts-1", "prg-1", "per-1", List.of("per-2"), "PLANNED_END", AT, AT),
                        new MentorshipEnded("mts-1", "prg-1", "per-1", List.of("per-2"), "MENTEE_LEFT", AT, AT),
                        new MentorshipStalled("mts-1", "prg-1", "per-1", List.of("per-2"), null, 30, AT),
                        new GoalSet("gol-1", "mts-1", "prg-1", "per-2", "2026-09-01", false, AT),
                        new GoalAchieved("gol-1", "mts-1", "prg-1", "per-2", AT),
                        new SurveySubmitted("srv-1", "mts-1", "prg-1", "per-2", 9, AT),
                        new ProgramClosed("prg-1", AT),
                        new ContactDetailsChanged("per-1", "Leïla", "Haddad", "leila.haddad@example.com", "ar",
                                "Africa/Casablanca", AT),
                        new NotificationSent("ntf-1", "per-2", "FEEDBACK_REQUEST", "IN_APP", "ses-1", AT),
                        new NotificationFailed("ntf-2", "per-2", "SESSION_REMINDER", "EMAIL", "ses-1", 5,
                                "the mail server refused the recipient", AT),
                        new ProfileUpdated("per-1", List.of("department"), "Finance", List.of("fr"), List.of("Java"), 5,
                                "E-100", "Paris", true, "Europe/Paris", AT, "E-1"),
                        new ProfileDeactivated("per-1", "E-1", "SCIM_LEAVER", AT),
                        new ProfileReactivated("per-1", null, AT),
                        new EnrollmentWithdrawn("enr-1", "prg-1", "per-1", "MENTOR", AT),
                        new ProgramPublished("prg-1", "Leaders of tomorrow", "ONE_TO_ONE", AT, "2026-04-01", "2026-09-30",
                                24, 2, "MENTEE_CHOOSES",
                                new ProgramPublished.CriteriaWeights(3, 2, 1, 1, 1, 1, 0.5, 0.5),
                                new ProgramPublished.HardRules(2, true, "DIFFERENT", 1, null), "QUALITY", 5, 7, 45,
                                List.of("PT24H", "PT1H30M"), List.of("SESSIONS", "FEEDBACK"), List.of("per-9")),
                        new ProfileErasureRequested("era-1", "per-1", AT),
                        new ErasureCompleted("era-1", "per-1", "matching-service", AT))
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
    }
}
