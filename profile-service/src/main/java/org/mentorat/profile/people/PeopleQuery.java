package org.mentorat.profile.people;

/** Search criteria; each is optional, and a skill also matches its synonyms. */
public record PeopleQuery(String skill, String department, String language, int page, int size) {
}
