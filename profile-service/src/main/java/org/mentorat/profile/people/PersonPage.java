package org.mentorat.profile.people;

import java.util.List;

/** One page of people, with the total so that clients can page on. */
public record PersonPage(List<Person> items, int page, int size, long total) {
}
