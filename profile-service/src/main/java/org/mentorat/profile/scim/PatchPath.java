package org.mentorat.profile.scim;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): an attribute, optionally narrowed to
 * the values matching {@code filter}, optionally down to one sub-attribute.
 */
record PatchPath(String schema, String attribute, Filter filter, String subAttribute) {

    AttributePath attributePath() {
        return new AttributePath(schema, attribute, subAttribute);
    }

    @Override
    public String toString() {
        String base = new AttributePath(schema, attribute, null).toString();
        return base + (filter == null ? "" : "[…]") + (subAttribute == null ? "" : "." + subAttribute);
    }
}
