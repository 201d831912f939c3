package org.mentorat.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionScheduled;

/** One realistic instance of every event record, for contract tests. */
final class SampleEvents {

    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    private SampleEvents() {
    }

    static Map<Class<?>, DomainEvent> byClass() {
        return Stream.of(
                        new MentorRegistered("enr-1", "prg-1", "per-1", 2, List.of("java", "leadership"),
                                List.of("fr", "en"), "Engineering", AT),
                        new MenteeRegistered("enr-2", "prg-1", "per-2", List.of("java"), List.of("fr"),
                                null, "Grow into a tech lead role", AT),
                        new MatchProposed("mat-1", "prg-1", "per-1", "per-2", 0.82,
                                List.of("SHARED_TOPICS", "SHARED_LANGUAGE"), AT),
                        new MatchAccepted("mat-1", "prg-1", "per-1", "per-2", AT),
                        new MentorshipStarted("mts-1", "mat-1", "prg-1", "per-1", "per-2", AT),
                        new SessionScheduled("ses-1", "mts-1", "per-1", "per-2", AT, 45),
                        new SessionCompleted("ses-1", "mts-1", "prg-1", "per-1", "per-2", AT),
                        new FeedbackSubmitted("fbk-1", "ses-1", "mts-1", "per-2", 5, AT),
                        new NotificationSent("ntf-1", "per-2", "FEEDBACK_REQUEST", "IN_APP", "ses-1", AT),
                        new ProfileUpdated("per-1", List.of("department"), "Finance", List.of("fr"), List.of("Java"), 5,
                                "E-100", "Paris", true, "Europe/Paris", AT),
                        new ProfileDeactivated("per-1", "E-1", "SCIM_LEAVER", AT),
                        new EnrollmentWithdrawn("enr-1", "prg-1", "per-1", "MENTOR", AT),
                        new ProgramPublished("prg-1", "Leaders of tomorrow", "ONE_TO_ONE", AT),
                        new ProfileErasureRequested("era-1", "per-1", AT),
                        new ErasureCompleted("era-1", "per-1", "matching-service", AT))
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
    }
}
