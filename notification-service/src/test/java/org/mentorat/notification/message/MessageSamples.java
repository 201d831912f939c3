package org.mentorat.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Object mother for messages: the people, program and moments of one plausible week, per language, so
 * tests and the email gallery render what a recipient would really get.
 */
final class MessageSamples {

    /** Monday 16 June 2025, 09:00 UTC: "now" for every sample. */
    static final Instant NOW = Instant.parse("2025-06-16T09:00:00Z");
    /** Tuesday 24 June 2025, 12:00 UTC: 14:00 in Paris, 15:00 in Riyadh, 08:00 in New York. */
    static final Instant SESSION = Instant.parse("2025-06-24T12:00:00Z");

    record Sample(Locale locale, ZoneId zone, MessageArguments arguments) {
    }

    private MessageSamples() {
    }

    static Messages messages() {
        return new Messages(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static Sample sample(NotificationKind kind, String language) {
        return switch (language) {
            case "fr" -> new Sample(Locale.FRENCH, ZoneId.of("Europe/Paris"), arguments(kind, fr()));
            case "ar" -> new Sample(Locale.forLanguageTag("ar"), ZoneId.of("Asia/Riyadh"), arguments(kind, ar()));
            default -> new Sample(Locale.ENGLISH, ZoneId.of("America/New_York"), arguments(kind, en()));
        };
    }

    /** The words a sample's people and program come with, in one language. */
    record People(String recipient, String counterpart, String program, String location, List<String> reasons,
            String goal) {
    }

    static People en() {
        return new People("Amina Okafor", "Daniel Reyes", "Women in Tech 2025", "Room 4.12, 20 Main Street",
                List.of("You both work in product design, and Daniel has led the team you want to grow into.",
                        "Daniel can mentor in English and Spanish, the languages you listed.",
                        "Your calendars overlap on Tuesday and Thursday afternoons."),
                "Present my portfolio to two hiring managers");
    }

    static People fr() {
        return new People("Camille Martin", "Karim Haddad", "Jeunes Talents 2025", "Salle Agora, 3 rue des Lilas, Lyon",
                List.of("Vous travaillez tous les deux dans la data, et Karim a piloté l’équipe que vous visez.",
                        "Karim accompagne en français et en anglais, les langues que vous avez indiquées.",
                        "Vos agendas se croisent le mardi et le jeudi après-midi."),
                "Présenter mon projet de reconversion au comité RH");
    }

    static People ar() {
        return new People("أمينة العتيبي", "يوسف الحسني", "قادة المستقبل", "قاعة الابتكار، الطابق الثالث",
                List.of("تعملان كلاكما في تحليل البيانات، وقد قاد يوسف الفريق الذي تطمحين إلى الانضمام إليه.",
                        "يقدّم يوسف الإرشاد بالعربية والإنجليزية، وهما اللغتان اللتان اخترتِهما.",
                        "تتقاطع مواعيدكما أيام الثلاثاء والخميس بعد الظهر."),
                "عرض مشروع التخرج على لجنة التوظيف");
    }

    static MessageArguments arguments(NotificationKind kind, People people) {
        MessageArguments.Builder builder = MessageArguments.builder()
                .recipientName(people.recipient())
                .counterpartNames(people.counterpart())
                .programName(people.program())
                .actionUrl("https://mentorat.example/app/" + EmailComposer.keyOf(kind).replace('_', '-'))
                .preferencesUrl("https://mentorat.example/app/settings/notifications")
                .unsubscribeUrl("https://mentorat.example/api/v1/notification-preferences/unsubscribe/sample-token");
        return switch (kind) {
            case MATCH_PROPOSED -> builder.reasons(people.reasons())
                    .secondaryUrl("https://mentorat.example/app/matches/m-1/decline").build();
            case MENTORSHIP_STARTED -> builder.session(SESSION, Duration.ofMinutes(45), SessionFormat.VIDEO, null)
                    .secondaryUrl("https://mentorat.example/app/mentorships/ms-1/sessions/new").build();
            case SESSION_SCHEDULED, SESSION_CANCELLED -> builder
                    .session(SESSION, Duration.ofMinutes(60), SessionFormat.IN_PERSON, people.location()).build();
            case SESSION_RESCHEDULED -> builder
                    .session(SESSION, Duration.ofMinutes(90), SessionFormat.IN_PERSON, people.location())
                    .previousSessionStart(SESSION.minus(Duration.ofDays(2))).build();
            case SESSION_REMINDER -> builder
                    .session(SESSION, Duration.ofMinutes(60), SessionFormat.VIDEO, "https://meet.example/abc-defg-hij")
                    .reminderOffset(Duration.ofHours(24)).build();
            case FEEDBACK_REQUEST, FEEDBACK_FOLLOW_UP -> builder.sessionStart(SESSION).build();
            case MENTORSHIP_STALLED -> builder.lastSessionAt(Instant.parse("2025-05-06T15:00:00Z")).build();
            case GOAL_DUE -> builder.goal(people.goal(), LocalDate.of(2025, 6, 23)).build();
            case CLOSING_SURVEY -> builder.build();
            case PROGRAM_DIGEST -> builder.counterpartNames(List.of())
                    .digest(new DigestFigures(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 15), 42, 3, 37, 41.5,
                            4.6, 5))
                    .build();
        };
    }
}
