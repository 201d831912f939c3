package org.mentorat.profile.enrollment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.SkillTaxonomy;
import org.mentorat.profile.program.Program;
import org.mentorat.profile.program.ProgramStatus;
import org.mentorat.profile.program.ProgramType;
import org.mentorat.profile.program.Programs;
import org.mentorat.profile.questionnaire.QuestionnaireResult;
import org.mentorat.profile.questionnaire.Questionnaires;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Enrols people in published programs and lets them leave. Each enrolment is stored with its
 * registration event in one write; a unique key allows one active enrolment per person, program
 * and role.
 */
@Service
class Enrollments {

    private final AggregateStore enrollments;
    private final People people;
    private final Programs programs;
    private final Questionnaires questionnaires;
    private final SkillTaxonomy taxonomy;
    private final Clock clock;

    Enrollments(@Qualifier("enrollmentStore") AggregateStore enrollments, People people, Programs programs,
            Questionnaires questionnaires, SkillTaxonomy taxonomy, Clock clock) {
        this.enrollments = enrollments;
        this.people = people;
        this.programs = programs;
        this.questionnaires = questionnaires;
        this.taxonomy = taxonomy;
        this.clock = clock;
        EnrollmentIndexes.ensure(enrollments.collection());
    }

    Enrollment enrol(Caller caller, String programId, EnrollmentRequest request) {
        if (!caller.mayActFor(request.personId())) {
            throw new ForbiddenException("You may only enrol yourself.");
        }
        String tenantId = caller.tenantId();
        Program program = visibleProgram(caller, programId);
        if (!program.isOpenForEnrolment()) {
            throw new ConflictException("program-not-open", "Program " + programId + " is " + program.status()
                    + "; only a published program takes enrolments.");
        }
        if (program.programType() == ProgramType.PEER && request.role() == EnrollmentRole.MENTOR) {
            throw new ConflictException("role-not-offered",
                    "A PEER program pairs mentees with each other; enrol as MENTEE.");
        }
        Person person = people.get(tenantId, request.personId());
        if (!person.isActive()) {
            throw new ConflictException("person-inactive", "Person " + person.id() + " is not active.");
        }
        Enrollment enrollment = Enrollment.of(EventIds.next(), programId, request, clock.instant());
        if (enrollments.collection().find(and(eq(AggregateStore.TENANT, tenantId),
                eq(EnrollmentDocuments.ACTIVE_SLOT, enrollment.activeSlot()))).first() != null) {
            throw alreadyEnrolled(request);
        }
        Optional<QuestionnaireResult> questionnaire = request.questionnaireAnswers() == null
                ? questionnaires.find(tenantId, person.id())
                : Optional.of(questionnaires.answer(tenantId, person.id(), request.questionnaireAnswers(),
                        "questionnaireAnswers."));
        var event = RegistrationEvents.of(enrollment, person.profile(), program.programType(), questionnaire,
                taxonomy.canonicalNames(tenantId, namesIn(enrollment, person.profile())));
        try {
            enrollments.insert(tenantId, enrollment.id(), EnrollmentDocuments.toDocument(enrollment), List.of(event));
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw alreadyEnrolled(request);
            }
            throw e;
        }
        return enrollment;
    }

    EnrollmentPage list(String tenantId, String programId, EnrollmentRole role, EnrollmentStatus status,
            int page, int size) {
        programs.find(tenantId, programId).orElseThrow(() -> new ResourceNotFoundException("program", programId));
        List<Bson> filters = new ArrayList<>(List.of(eq(AggregateStore.TENANT, tenantId), eq("programId", programId)));
        if (role != null) {
            filters.add(eq("role", role.name()));
        }
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        Bson filter = and(filters);
        List<Enrollment> items = enrollments.collection().find(filter).sort(Sorts.ascending("_id"))
                .skip(page * size).limit(size).map(EnrollmentDocuments::fromDocument).into(new ArrayList<>());
        return new EnrollmentPage(items, page, size, enrollments.collection().countDocuments(filter));
    }

    /** An administrator sees every enrolment of the tenant; a participant only their own. */
    Enrollment get(Caller caller, String programId, String enrollmentId) {
        return enrollments.find(caller.tenantId(), enrollmentId)
                .map(EnrollmentDocuments::fromDocument)
                .filter(enrollment -> enrollment.programId().equals(programId))
                .filter(enrollment -> caller.mayActFor(enrollment.personId()))
                .orElseThrow(() -> new ResourceNotFoundException("enrollment", enrollmentId));
    }

    /** Withdrawing an enrolment that was already withdrawn succeeds and announces nothing again. */
    void withdraw(Caller caller, String programId, String enrollmentId) {
        Enrollment current = get(caller, programId, enrollmentId);
        Enrollment.Change change = current.withdraw(clock.instant());
        if (change.events().isEmpty()) {
            return;
        }
        Document state = EnrollmentDocuments.toDocument(change.enrollment());
        boolean stored = enrollments.update(caller.tenantId(), enrollmentId, current.version(), Updates.combine(
                        Updates.set("status", state.get("status")),
                        Updates.set(EnrollmentDocuments.ACTIVE_SLOT, state.get(EnrollmentDocuments.ACTIVE_SLOT)),
                        Updates.set("withdrawnAt", state.get("withdrawnAt"))),
                change.events());
        if (!stored && get(caller, programId, enrollmentId).isActive()) {
            throw new ConflictException("concurrent-change", "Enrollment " + enrollmentId + " changed; retry.");
        }
    }

    /** Participants do not see draft programs, so for them a draft is as absent as a missing one. */
    private Program visibleProgram(Caller caller, String programId) {
        return programs.find(caller.tenantId(), programId)
                .filter(program -> caller.isAdmin() || program.status() != ProgramStatus.DRAFT)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
    }

    /** The names the registration event puts through the taxonomy: topics and skills. */
    private static List<String> namesIn(Enrollment enrollment, PersonDraft person) {
        List<String> names = new ArrayList<>(enrollment.topics());
        person.skills().forEach(skill -> names.add(skill.name()));
        return names;
    }

    private static ConflictException alreadyEnrolled(EnrollmentRequest request) {
        return new ConflictException("already-enrolled",
                "This person is already enrolled in the program as " + request.role() + ".");
    }
}
