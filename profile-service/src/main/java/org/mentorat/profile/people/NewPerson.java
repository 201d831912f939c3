package org.mentorat.profile.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an administrator or HR integration sends to register a person. */
record NewPerson(
        @NotBlank @Size(max = 64) String employeeNumber,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 100) String department,
        @Pattern(regexp = "fr|en|ar", message = "must be one of fr, en, ar") String locale,
        @Size(max = 64) String timeZone,
        @Size(max = 20) List<@NotBlank String> languages,
        @Size(max = 100) List<@NotBlank String> skills) {

    Person toPerson(String id) {
        return new Person(id, employeeNumber, givenName, familyName, email, department,
                locale == null ? "en" : locale, timeZone == null ? "UTC" : timeZone,
                languages == null ? List.of() : languages, skills == null ? List.of() : skills, true);
    }
}
