package org.mentorat.profile.people;

import org.mentorat.platform.web.ConflictException;

/** Another person of the tenant holds the employee number or the user name. */
public class DuplicatePersonException extends ConflictException {

    DuplicatePersonException(PersonDraft profile) {
        super("duplicate-person", "A person with employee number " + profile.employeeNumber() + " or user name "
                + profile.userName() + " already exists.");
    }
}
