package org.mentorat.session.meeting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What a program manager asks: how many sessions took place and how participants rate them. */
@Component
class SessionMetrics {

    private final Counter completed;
    private final DistributionSummary ratings;

    SessionMetrics(MeterRegistry meters) {
        this.completed = Counter.builder("mentorat.sessions.completed")
                .description("Mentoring sessions that took place")
                .register(meters);
        this.ratings = DistributionSummary.builder("mentorat.feedback.rating")
                .description("Ratings (1 to 5) participants gave their sessions")
                .register(meters);
    }

    void sessionCompleted() {
        completed.increment();
    }

    void feedbackGiven(int rating) {
        ratings.record(rating);
    }
}
