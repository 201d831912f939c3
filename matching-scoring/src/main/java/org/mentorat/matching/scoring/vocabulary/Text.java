package org.mentorat.matching.scoring.vocabulary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Case- and space-insensitive comparison of names, since profiles are typed by people. */
public final class Text {

    private Text() {
    }

    public static String key(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    public static Set<String> keys(Collection<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : values) {
            String key = key(value);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    public static boolean known(String value) {
        return value != null && !value.isBlank();
    }

    public static boolean same(String one, String other) {
        return known(one) && known(other) && key(one).equals(key(other));
    }
}
