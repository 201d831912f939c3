package org.mentorat.profile.web;

import java.util.List;

/** One page of a list, with the total so that clients can page on. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
