package org.mentorat.profile.privacy;

import java.time.Clock;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.imports.ImportRows;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.questionnaire.Questionnaires;
import org.springframework.stereotype.Service;

/** Gathers a person's data for them or an administrator; an erased person has none left. */
@Service
class PersonalDataExport {

    private final People people;
    private final EnrollmentRecords enrollments;
    private final Questionnaires questionnaires;
    private final ImportRows importRows;
    private final Clock clock;

    PersonalDataExport(People people, EnrollmentRecords enrollments, Questionnaires questionnaires,
            ImportRows importRows, Clock clock) {
        this.people = people;
        this.enrollments = enrollments;
        this.questionnaires = questionnaires;
        this.importRows = importRows;
        this.clock = clock;
    }

    PersonalData export(Caller caller, String personId) {
        if (!caller.mayActFor(personId)) {
            throw new ForbiddenException("Only an administrator or the person themself may export their data.");
        }
        Person person = people.findHeld(caller.tenantId(), personId)
                .orElseThrow(() -> new ResourceNotFoundException("person", personId));
        return new PersonalData(PersonErasure.SELF, clock.instant(), person,
                enrollments.of(caller.tenantId(), personId),
                questionnaires.find(caller.tenantId(), personId).orElse(null),
                importRows.mentioning(caller.tenantId(), person.profile().employeeNumber()));
    }
}
