package org.mentorat.benchmarks.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.events.CloudEventRecords;

/**
 * A generated program published on the broker as profile-service's and session-service's relays
 * would: the program, its mentorships (started over 2025) and sessions spread over the months
 * after each start, 30 to 90 minutes long.
 */
final class SeededProgram {

    private static final Instant FIRST_START = Instant.parse("2025-01-06T09:00:00Z");

    final String tenant;
    final String programId;
    final int mentorships;
    private final KafkaProducer<String, byte[]> producer;
    private final Random random;
    private long sessions;

    SeededProgram(String tenant, String programId, int mentorships, long seed, KafkaProducer<String, byte[]> producer) {
        this.tenant = tenant;
        this.programId = programId;
        this.mentorships = mentorships;
        this.producer = producer;
        this.random = new Random(seed);
    }

    void publishProgramAndMentorships() {
        send(Topics.PROFILE_EVENTS, EventSources.PROFILE, programId, 1, new ProgramPublished(programId,
                "Benchmark " + programId, "ONE_TO_ONE", FIRST_START, null, null, 26, 2, "ADMIN_COHORT", null, null,
                "QUALITY", 5, 7, null));
        for (int i = 0; i < mentorships; i++) {
            send(Topics.SESSION_EVENTS, EventSources.SESSION, mentorshipId(i), 1, new MentorshipStarted(mentorshipId(i),
                    "match-" + i, programId, "mentor-" + i, "mentee-" + i, startOf(i), "ONE_TO_ONE", null));
        }
        producer.flush();
    }

    /** Publishes {@code count} more SessionCompleted, each a new session of a random mentorship. */
    void publishSessions(long count, Consumer<Long> progress) {
        for (long i = 0; i < count; i++) {
            int mentorship = random.nextInt(mentorships);
            String sessionId = programId + "-ses-" + sessions++;
            Instant held = startOf(mentorship).plus(Duration.ofHours(1 + random.nextInt(24 * 300)));
            send(Topics.SESSION_EVENTS, EventSources.SESSION, sessionId, 2, new SessionCompleted(sessionId,
                    mentorshipId(mentorship), programId, "mentor-" + mentorship, "mentee-" + mentorship, held,
                    List.of("mentee-" + mentorship), 30 + random.nextInt(61)));
            if ((i + 1) % 10_000 == 0) {
                progress.accept(i + 1);
            }
        }
        producer.flush();
    }

    private String mentorshipId(int i) {
        return programId + "-mts-" + i;
    }

    private Instant startOf(int i) {
        return FIRST_START.plus(Duration.ofMinutes((long) i * 525_600 / Math.max(1, mentorships)));
    }

    private void send(String topic, String source, String subject, long sequence, DomainEvent event) {
        producer.send(CloudEventRecords.recordOf(topic, source, tenant, subject, sequence, event), (metadata, failure) -> {
            if (failure != null) {
                System.out.println("SEND FAILED for " + subject + ": " + failure);
            }
        });
    }
}
