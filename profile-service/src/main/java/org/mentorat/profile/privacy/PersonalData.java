package org.mentorat.profile.privacy;

import java.time.Instant;
import java.util.List;
import org.mentorat.profile.enrollment.Enrollment;
import org.mentorat.profile.imports.RowResult;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.questionnaire.QuestionnaireResult;

/**
 * Everything profile-service holds about one person (GDPR art. 15 and 20): their profile, their
 * enrolments in programs, their questionnaire answers, and the HR import report rows that name
 * their employee number.
 *
 * @param questionnaire null when they never answered it
 */
record PersonalData(
        String service,
        Instant exportedAt,
        Person profile,
        List<Enrollment> enrollments,
        QuestionnaireResult questionnaire,
        List<RowResult> importRows) {
}
