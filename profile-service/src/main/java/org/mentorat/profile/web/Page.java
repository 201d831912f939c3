package org.mentorat.profile.web;

import jakarta.validation.constraints.Size;
import java.util.List;

/** One page of a list, with the total so that clients can page on. */
public record Page<T>(@Size(max = Page.MAX_SIZE) List<T> items, int page, int size, long total) {

    /** The largest page any list of this service answers (its {@code size} parameters' bound). */
    public static final int MAX_SIZE = 500;
}
