package org.mentorat.profile.privacy;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.mentorat.profile.enrollment.Enrollment;
import org.mentorat.profile.imports.RowResult;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.questionnaire.QuestionnaireResult;

/**
 * Everything profile-service holds about one person (GDPR art. 15 and 20): their profile, their
 * enrolments in programs, their questionnaire answers, and the HR import report rows that name
 * their employee number, and what their employer's identity provider sent about them over SCIM.
 *
 * @param questionnaire null when they never answered it
 * @param identityProviderRecord the SCIM User attributes last sent (a JSON object, as sent); null
 *     when no identity provider provisioned them
 */
record PersonalData(
        @Schema(allowableValues = "profile-service") String service,
        Instant exportedAt,
        Person profile,
        @Size(max = MAX_RECORDS) List<Enrollment> enrollments,
        QuestionnaireResult questionnaire,
        @Size(max = MAX_RECORDS) List<RowResult> importRows,
        @Schema(types = "object", description = "The SCIM user as the identity provider sent it, if any")
        @JsonRawValue String identityProviderRecord) {

    /** A person's enrolments and import rows over the years: far fewer than this. */
    static final int MAX_RECORDS = 10_000;
}
