package org.mentorat.profile.enrollment;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.util.List;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.program.Programs;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Enrols people in programs; the enrolment and its registration event are stored in one write. */
@Service
class Enrollments {

    private final AggregateStore enrollments;
    private final People people;
    private final Programs programs;
    private final Clock clock;

    Enrollments(@Qualifier("enrollmentStore") AggregateStore enrollments, People people, Programs programs, Clock clock) {
        this.enrollments = enrollments;
        this.people = people;
        this.programs = programs;
        this.clock = clock;
        enrollments.collection().createIndex(
                Indexes.ascending(AggregateStore.TENANT, "programId", "personId", "role"),
                new IndexOptions().unique(true).name("one_enrollment_per_role"));
    }

    /** Mentors take one mentee unless they say more; mentees take no one. */
    private static int seatsFor(EnrollmentRequest request) {
        if (request.role() != EnrollmentRole.MENTOR) {
            return 0;
        }
        return request.capacity() == null ? 1 : request.capacity();
    }

    Enrollment enrol(Caller caller, String programId, EnrollmentRequest request) {
        if (!caller.mayActFor(request.personId())) {
            throw new org.mentorat.platform.web.ForbiddenException("You may only enrol yourself.");
        }
        programs.find(caller.tenantId(), programId)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
        Person person = people.find(caller.tenantId(), request.personId())
                .orElseThrow(() -> new ResourceNotFoundException("person", request.personId()));
        Enrollment enrollment = new Enrollment(EventIds.next(), programId, person.id(), request.role(),
                seatsFor(request),
                request.topics() == null ? List.of() : request.topics(), request.goals(), clock.instant());
        try {
            enrollments.insert(caller.tenantId(), enrollment.id(), enrollment.toDocument(),
                    enrollment.registrationEvents(person));
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new ConflictException("already-enrolled",
                        "This person is already enrolled in the program as " + request.role() + ".");
            }
            throw e;
        }
        return enrollment;
    }
}
