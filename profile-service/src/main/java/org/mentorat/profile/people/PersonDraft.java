package org.mentorat.profile.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.mentorat.platform.web.FieldError;

/**
 * Everything a person's profile holds that a client may write: the body of a create, the result
 * of applying a merge patch, one row of an HR import, a SCIM user's Mentorat attributes.
 *
 * @param employeeNumber the HR key; required over REST and CSV, optional over SCIM, where a person
 *     without one is keyed by their external id, else their user name (see {@link #requireEmployeeNumber})
 * @param userName the HR system's login name (SCIM {@code userName}); the email when not given
 * @param seniorityLevel 1 (entry) to 10 (executive), to compare mentor and mentee
 * @param managerEmployeeNumber the reporting line, used to keep pairs out of one chain of command
 */
public record PersonDraft(
        @Size(max = 64) String employeeNumber,
        @Size(max = 254) String userName,
        @Size(max = 256) String externalId,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "fr|en|ar", message = "must be one of fr, en, ar") @Size(max = 2) String locale,
        @Size(max = 64) @ValidTimeZone String timeZone,
        @Size(max = 100) String department,
        @Size(max = 100) String jobTitle,
        @Min(1) @Max(10) Integer seniorityLevel,
        @Size(max = 64) String managerEmployeeNumber,
        @Size(max = 100) String location,
        Boolean remoteOk,
        @Size(max = 20) List<@NotBlank @Size(max = 35) String> languages,
        @Size(max = 100) List<@Valid Skill> skills,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> interests,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> values,
        Boolean active) {

    /** Fills defaults: English, UTC, remote-friendly, active, userName = email, empty lists. */
    public PersonDraft withDefaults() {
        return new PersonDraft(employeeNumber, userName == null || userName.isBlank() ? email : userName, externalId,
                givenName, familyName, email, locale == null ? "en" : locale, timeZone == null ? "UTC" : timeZone,
                department, jobTitle, seniorityLevel, managerEmployeeNumber, location,
                remoteOk == null || remoteOk, orEmpty(languages), orEmpty(skills), orEmpty(interests), orEmpty(values),
                active == null || active);
    }

    /**
     * REST and CSV name people by employee number (an upsert key, the org chart's link); only an
     * identity provider may provision someone without one. A field error when it is blank.
     */
    public Optional<FieldError> requireEmployeeNumber() {
        return employeeNumber == null || employeeNumber.isBlank()
                ? Optional.of(new FieldError("employeeNumber", "must not be blank")) : Optional.empty();
    }

    public PersonDraft withActive(boolean active) {
        return new PersonDraft(employeeNumber, userName, externalId, givenName, familyName, email, locale, timeZone,
                department, jobTitle, seniorityLevel, managerEmployeeNumber, location, remoteOk, languages, skills,
                interests, values, active);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
