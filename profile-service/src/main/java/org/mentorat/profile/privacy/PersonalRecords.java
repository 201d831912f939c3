package org.mentorat.profile.privacy;

import java.util.List;
import java.util.Optional;
import org.mentorat.profile.enrollment.Enrollment;
import org.mentorat.profile.enrollment.Enrollments;
import org.mentorat.profile.imports.Importer;
import org.mentorat.profile.imports.RowResult;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.questionnaire.QuestionnaireResult;
import org.mentorat.profile.questionnaire.Questionnaires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the other features hold about a person besides their profile, asked of each feature's
 * public service: the one list an export reads and an erasure clears, so the two cannot drift.
 */
@Component
class PersonalRecords {

    private static final Logger log = LoggerFactory.getLogger(PersonalRecords.class);

    private final Enrollments enrollments;
    private final Questionnaires questionnaires;
    private final Importer imports;

    PersonalRecords(Enrollments enrollments, Questionnaires questionnaires, Importer imports) {
        this.enrollments = enrollments;
        this.questionnaires = questionnaires;
        this.imports = imports;
    }

    List<Enrollment> enrollments(String tenantId, Person person) {
        return enrollments.ofPerson(tenantId, person.id());
    }

    Optional<QuestionnaireResult> questionnaire(String tenantId, Person person) {
        return questionnaires.find(tenantId, person.id());
    }

    /** Import report rows name the person only by employee number: none for a person without one. */
    List<RowResult> importRows(String tenantId, Person person) {
        String employeeNumber = person.profile().employeeNumber();
        return employeeNumber == null ? List.of() : imports.rowsMentioning(tenantId, employeeNumber);
    }

    /** Each step is idempotent: repeating an erasure finds nothing left to remove. */
    void erase(String tenantId, String erasureId, Person person) {
        String employeeNumber = person.profile().employeeNumber();
        long forgotten = employeeNumber == null ? 0 : imports.forgetRowsMentioning(tenantId, employeeNumber);
        log.info("erasure {} tenant={}: {} import rows forgotten", erasureId, tenantId, forgotten);
        questionnaires.erase(tenantId, person.id());
        long enrolments = enrollments.erase(tenantId, person.id());
        log.info("erasure {} tenant={}: {} enrolments erased", erasureId, tenantId, enrolments);
    }
}
