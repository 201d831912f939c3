package org.mentorat.profile.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.people.Skill;

/**
 * The columns an HR export may have, named like the REST API's fields (case-insensitive), in the
 * order of {@link PersonDraft}. The four required ones identify and address a person.
 */
enum CsvColumn {
    EMPLOYEE_NUMBER("employeeNumber", Kind.TEXT, true, PersonDraft::employeeNumber),
    USER_NAME("userName", Kind.TEXT, false, PersonDraft::userName),
    EXTERNAL_ID("externalId", Kind.TEXT, false, PersonDraft::externalId),
    GIVEN_NAME("givenName", Kind.TEXT, true, PersonDraft::givenName),
    FAMILY_NAME("familyName", Kind.TEXT, true, PersonDraft::familyName),
    EMAIL("email", Kind.TEXT, true, PersonDraft::email),
    LOCALE("locale", Kind.TEXT, false, PersonDraft::locale),
    TIME_ZONE("timeZone", Kind.TEXT, false, PersonDraft::timeZone),
    DEPARTMENT("department", Kind.TEXT, false, PersonDraft::department),
    JOB_TITLE("jobTitle", Kind.TEXT, false, PersonDraft::jobTitle),
    SENIORITY_LEVEL("seniorityLevel", Kind.WHOLE_NUMBER, false, PersonDraft::seniorityLevel),
    MANAGER_EMPLOYEE_NUMBER("managerEmployeeNumber", Kind.TEXT, false, PersonDraft::managerEmployeeNumber),
    LOCATION("location", Kind.TEXT, false, PersonDraft::location),
    REMOTE_OK("remoteOk", Kind.YES_NO, false, PersonDraft::remoteOk),
    LANGUAGES("languages", Kind.LIST, false, PersonDraft::languages),
    SKILLS("skills", Kind.SKILLS, false, PersonDraft::skills),
    INTERESTS("interests", Kind.LIST, false, PersonDraft::interests),
    VALUES("values", Kind.LIST, false, PersonDraft::values),
    ACTIVE("active", Kind.YES_NO, false, PersonDraft::active);

    /** How a cell is written: lists are {@code ;}-separated, skills {@code Java:4;SQL:3}. */
    enum Kind {
        TEXT, WHOLE_NUMBER, YES_NO, LIST, SKILLS
    }

    private static final Map<String, CsvColumn> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toMap(column -> column.key(), Function.identity()));

    private final String fieldName;
    private final Kind kind;
    private final boolean required;
    private final Function<PersonDraft, Object> accessor;

    CsvColumn(String fieldName, Kind kind, boolean required, Function<PersonDraft, Object> accessor) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.required = required;
        this.accessor = accessor;
    }

    static Optional<CsvColumn> named(String header) {
        return Optional.ofNullable(BY_KEY.get(header.trim().toLowerCase(Locale.ROOT)));
    }

    String fieldName() {
        return fieldName;
    }

    Kind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    Object valueIn(PersonDraft draft) {
        return accessor.apply(draft);
    }

    private String key() {
        return fieldName.toLowerCase(Locale.ROOT);
    }

    /** Builds a draft from converted cell values; a column without a value is null. */
    @SuppressWarnings("unchecked")
    static PersonDraft draft(Map<CsvColumn, Object> v) {
        return new PersonDraft((String) v.get(EMPLOYEE_NUMBER), (String) v.get(USER_NAME),
                (String) v.get(EXTERNAL_ID), (String) v.get(GIVEN_NAME), (String) v.get(FAMILY_NAME),
                (String) v.get(EMAIL), (String) v.get(LOCALE), (String) v.get(TIME_ZONE), (String) v.get(DEPARTMENT),
                (String) v.get(JOB_TITLE), (Integer) v.get(SENIORITY_LEVEL), (String) v.get(MANAGER_EMPLOYEE_NUMBER),
                (String) v.get(LOCATION), (Boolean) v.get(REMOTE_OK), (List<String>) v.get(LANGUAGES),
                (List<Skill>) v.get(SKILLS), (List<String>) v.get(INTERESTS), (List<String>) v.get(VALUES),
                (Boolean) v.get(ACTIVE));
    }
}
