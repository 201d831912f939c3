package org.mentorat.profile.people;

/**
 * A person's unique key in the tenant: their employee number, else (someone an identity provider
 * sent without one) their external id, else their user name, prefixed so that a key and an
 * employee number meet only if someone's number is spelt like a key. One plain unique index then
 * keeps keys unique in MongoDB and in the embedded store alike; people without a number would
 * otherwise need a partial index, which the embedded store does not honour.
 */
final class PersonKey {

    private PersonKey() {
    }

    static String of(PersonDraft p) {
        if (p.employeeNumber() != null) {
            return p.employeeNumber();
        }
        return p.externalId() != null ? "externalId:" + p.externalId() : "userName:" + SkillTaxonomy.key(p.userName());
    }

    /** What the key is made of when it is not an employee number; null when it is one. */
    static String kind(PersonDraft p) {
        return p.employeeNumber() != null ? null : p.externalId() != null ? "externalId" : "userName";
    }
}
