package org.mentorat.profile.scim;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code attrPath} of RFC 7644 §3.4.2.2: an optional schema URN, an attribute name and an
 * optional sub-attribute, such as {@code name.givenName} or
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}. A path that
 * is a schema URN alone names the whole extension object ({@code attribute} is null).
 */
record AttributePath(String schema, String attribute, String subAttribute) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z$][A-Za-z0-9_$-]*");

    static Optional<AttributePath> parse(String text) {
        String schema = null;
        String rest = text;
        if (text.regionMatches(true, 0, "urn:", 0, 4)) {
            if (UserSchema.isExtension(text) || Scim.USER.equalsIgnoreCase(text)) {
                return Optional.of(new AttributePath(text, null, null));
            }
            int colon = text.lastIndexOf(':');
            schema = text.substring(0, colon);
            rest = text.substring(colon + 1);
        }
        String[] names = rest.split("\\.", -1);
        if (names.length > 2 || !NAME.matcher(names[0]).matches()
                || (names.length == 2 && !NAME.matcher(names[1]).matches())) {
            return Optional.empty();
        }
        return Optional.of(new AttributePath(schema, names[0], names.length == 2 ? names[1] : null));
    }

    @Override
    public String toString() {
        String path = attribute == null ? "" : attribute + (subAttribute == null ? "" : "." + subAttribute);
        return schema == null ? path : attribute == null ? schema : schema + ":" + path;
    }
}
