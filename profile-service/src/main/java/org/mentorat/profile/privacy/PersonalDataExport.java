package org.mentorat.profile.privacy;

import java.time.Clock;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.Person;
import org.springframework.stereotype.Service;

/** Gathers a person's data for them or an administrator; an erased person has none left. */
@Service
class PersonalDataExport {

    private final People people;
    private final PersonalRecords records;
    private final Clock clock;

    PersonalDataExport(People people, PersonalRecords records, Clock clock) {
        this.people = people;
        this.records = records;
        this.clock = clock;
    }

    PersonalData export(Caller caller, String personId) {
        if (!caller.mayActFor(personId)) {
            throw new ForbiddenException("Only an administrator or the person themself may export their data.");
        }
        String tenantId = caller.tenantId();
        Person person = people.findHeld(tenantId, personId)
                .orElseThrow(() -> new ResourceNotFoundException("person", personId));
        return new PersonalData(PersonErasure.SELF, clock.instant(), person, records.enrollments(tenantId, person),
                records.questionnaire(tenantId, person).orElse(null), records.importRows(tenantId, person),
                person.directory() == null ? null : person.directory().json());
    }
}
