package org.mentorat.profile.enrollment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.mentorat.platform.store.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Removes what a person wrote or declared in their enrolments (goals in their own words, topics,
 * style, availability) when they are erased. The enrolment ids, roles and dates stay, under the
 * person's now anonymous id, so program figures and the other services' receipts still add up.
 */
@Service
public class EnrollmentErasure {

    private final AggregateStore enrollments;

    EnrollmentErasure(@Qualifier("enrollmentStore") AggregateStore enrollments) {
        this.enrollments = enrollments;
    }

    /** @return how many enrolments were erased (0 when repeated) */
    public long erase(String tenantId, String personId) {
        return enrollments.collection().updateMany(
                and(eq(AggregateStore.TENANT, tenantId), eq("personId", personId), eq("erased", null)),
                Updates.combine(
                        Updates.set("goals", null),
                        Updates.set("topics", List.of()),
                        Updates.set("style", null),
                        Updates.set("availability", new Document("hoursPerMonth", 0).append("weeklySlots", List.of())),
                        Updates.set("erased", true)))
                .getModifiedCount();
    }
}
