package org.mentorat.profile.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which matching-relevant attributes, or contact details, differ between two versions of a
 * profile; which matching-relevant ones have a value.
 */
final class PersonChanges {

    private static final List<Attribute> MATCHING_RELEVANT = List.of(
            new Attribute("employeeNumber", PersonDraft::employeeNumber),
            new Attribute("department", PersonDraft::department),
            new Attribute("languages", PersonDraft::languages),
            new Attribute("skills", PersonDraft::skills),
            new Attribute("seniorityLevel", PersonDraft::seniorityLevel),
            new Attribute("managerEmployeeNumber", PersonDraft::managerEmployeeNumber),
            new Attribute("location", PersonDraft::location),
            new Attribute("remoteOk", PersonDraft::remoteOk),
            new Attribute("timeZone", PersonDraft::timeZone));

    /** How to address the person: what ContactDetailsChanged carries. */
    private static final List<Attribute> CONTACT_DETAILS = List.of(
            new Attribute("givenName", PersonDraft::givenName),
            new Attribute("familyName", PersonDraft::familyName),
            new Attribute("email", PersonDraft::email),
            new Attribute("locale", PersonDraft::locale),
            new Attribute("timeZone", PersonDraft::timeZone));

    private PersonChanges() {
    }

    static List<String> matchingRelevant(PersonDraft before, PersonDraft after) {
        return differing(MATCHING_RELEVANT, before, after);
    }

    static List<String> contactDetails(PersonDraft before, PersonDraft after) {
        return differing(CONTACT_DETAILS, before, after);
    }

    private static List<String> differing(List<Attribute> attributes, PersonDraft before, PersonDraft after) {
        List<String> changed = new ArrayList<>();
        for (Attribute attribute : attributes) {
            if (!Objects.equals(attribute.value().apply(before), attribute.value().apply(after))) {
                changed.add(attribute.name());
            }
        }
        return changed;
    }

    /** The matching-relevant attributes a profile has a value for (an empty list is none). */
    static List<String> present(PersonDraft profile) {
        List<String> present = new ArrayList<>();
        for (Attribute attribute : MATCHING_RELEVANT) {
            Object value = attribute.value().apply(profile);
            if (value != null && !(value instanceof Collection<?> values && values.isEmpty())) {
                present.add(attribute.name());
            }
        }
        return present;
    }

    private record Attribute(String name, Function<PersonDraft, Object> value) {
    }
}
