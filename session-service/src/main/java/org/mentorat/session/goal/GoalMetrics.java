package org.mentorat.session.goal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What a program manager asks first about goals: how many mentees set one, and how many reached it. */
@Component
class GoalMetrics {

    private final Counter set;
    private final Counter achieved;

    GoalMetrics(MeterRegistry meters) {
        this.set = Counter.builder("mentorat.goals.set")
                .description("SMART goals mentees set in their mentorships")
                .register(meters);
        this.achieved = Counter.builder("mentorat.goals.achieved")
                .description("SMART goals marked achieved")
                .register(meters);
    }

    void goalSet() {
        set.increment();
    }

    void goalAchieved() {
        achieved.increment();
    }
}
