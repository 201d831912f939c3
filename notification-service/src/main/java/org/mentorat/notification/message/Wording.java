package org.mentorat.notification.message;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One message's sentences: the patterns of its language, formatted with ICU MessageFormat in the
 * recipient's locale (plurals, number and list rules) with the message's arguments.
 */
final class Wording {

    private final ULocale locale;
    private final Map<String, String> patterns;
    private final Map<String, Object> arguments;

    Wording(Locale locale, Map<String, String> patterns, Map<String, Object> arguments) {
        this.locale = ULocale.forLocale(locale);
        this.patterns = patterns;
        this.arguments = new HashMap<>(arguments);
    }

    /** The sentence under {@code key}; a key missing from the bundle is a bug, never a blank in a mail. */
    String say(String key) {
        return say(key, Map.of());
    }

    String say(String key, Map<String, Object> more) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalStateException("No text '" + key + "' in " + locale);
        }
        Map<String, Object> all = new HashMap<>(arguments);
        all.putAll(more);
        return IcuFormats.message(pattern, locale).format(all);
    }

    boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The sentences {@code prefix.1}, {@code prefix.2}… in order. */
    List<String> numbered(String prefix) {
        List<String> sentences = new ArrayList<>();
        for (int n = 1; has(prefix + "." + n); n++) {
            sentences.add(say(prefix + "." + n));
        }
        return sentences;
    }

    /** Adds an argument that is itself a sentence (e.g. "in 24 hours"), for the sentences that follow. */
    void define(String argument, String key) {
        arguments.put(argument, say(key));
    }
}
