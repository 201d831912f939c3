package org.mentorat.profile.scim;

import tools.jackson.databind.JsonNode;

/** A parsed SCIM filter (RFC 7644 §3.4.2.2). */
sealed interface Filter {

    enum Operator { EQ, NE, CO, SW, EW, GT, LT, GE, LE }

    /** {@code value} is a JSON string, number, boolean or null, as the filter wrote it. */
    record Comparison(AttributePath path, Operator operator, JsonNode value) implements Filter {
    }

    record Present(AttributePath path) implements Filter {
    }

    record And(Filter left, Filter right) implements Filter {
    }

    record Or(Filter left, Filter right) implements Filter {
    }

    record Not(Filter filter) implements Filter {
    }

    /** {@code emails[type eq "work"]}: some value of a multi-valued attribute matches {@code filter}. */
    record ValuePath(AttributePath path, Filter filter) implements Filter {
    }
}
