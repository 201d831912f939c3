package org.mentorat.profile.enrollment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.people.SkillTaxonomy;
import org.mentorat.profile.program.Program;
import org.mentorat.profile.program.ProgramStatus;
import org.mentorat.profile.program.ProgramType;
import org.mentorat.profile.program.Programs;
import org.mentorat.profile.questionnaire.QuestionnaireResult;
import org.mentorat.profile.questionnaire.Questionnaires;
import org.mentorat.profile.web.Page;
import org.springframework.stereotype.Service;

/**
 * Enrols people in published programs and lets them leave. Each enrolment is stored with its
 * registration event in one write; a unique key allows one active enrolment per person, program
 * and role.
 */
@Service
public class Enrollments {

    private final EnrollmentStore store;
    private final People people;
    private final Programs programs;
    private final Questionnaires questionnaires;
    private final SkillTaxonomy taxonomy;
    private final Clock clock;

    Enrollments(EnrollmentStore store, People people, Programs programs, Questionnaires questionnaires,
            SkillTaxonomy taxonomy, Clock clock) {
        this.store = store;
        this.people = people;
        this.programs = programs;
        this.questionnaires = questionnaires;
        this.taxonomy = taxonomy;
        this.clock = clock;
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
        if (store.holdsSlot(tenantId, enrollment)) {
            throw alreadyEnrolled(request);
        }
        Optional<QuestionnaireResult> questionnaire = request.questionnaireAnswers() == null
                ? questionnaires.find(tenantId, person.id())
                : Optional.of(questionnaires.answer(tenantId, person.id(), request.questionnaireAnswers(),
                        "questionnaireAnswers."));
        var event = RegistrationEvents.of(enrollment, person.profile(), program.programType(), questionnaire,
                taxonomy.canonicalNames(tenantId, namesIn(enrollment, person.profile())));
        if (!store.insert(tenantId, enrollment, List.of(event))) {
            throw alreadyEnrolled(request);
        }
        return enrollment;
    }

    Page<Enrollment> list(String tenantId, String programId, EnrollmentRole role, EnrollmentStatus status,
            int page, int size) {
        programs.find(tenantId, programId).orElseThrow(() -> new ResourceNotFoundException("program", programId));
        return store.list(tenantId, programId, role, status, page, size);
    }

    /** Every enrolment of the person, as stored (their data export). */
    public List<Enrollment> ofPerson(String tenantId, String personId) {
        return store.ofPerson(tenantId, personId);
    }

    /**
     * Removes what a person wrote or declared in their enrolments (goals in their own words,
     * topics, style, availability) when they are erased. The enrolment ids, roles and dates stay,
     * under the person's now anonymous id, so program figures and the other services' receipts
     * still add up.
     *
     * @return how many enrolments were erased (0 when repeated)
     */
    public long erase(String tenantId, String personId) {
        return store.erase(tenantId, personId);
    }

    /** An administrator sees every enrolment of the tenant; a participant only their own. */
    Enrollment get(Caller caller, String programId, String enrollmentId) {
        return store.find(caller.tenantId(), enrollmentId)
                .filter(enrollment -> enrollment.programId().equals(programId))
                .filter(enrollment -> caller.mayActFor(enrollment.personId()))
                .orElseThrow(() -> new ResourceNotFoundException("enrollment", enrollmentId));
    }

    /** Withdrawing an enrolment that was already withdrawn succeeds and announces nothing again. */
    void withdraw(Caller caller, String programId, String enrollmentId) {
        Enrollment current = get(caller, programId, enrollmentId);
        Changed<Enrollment> change = current.withdraw(clock.instant());
        if (change.events().isEmpty()) {
            return;
        }
        if (!store.withdraw(caller.tenantId(), current, change) && get(caller, programId, enrollmentId).isActive()) {
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
