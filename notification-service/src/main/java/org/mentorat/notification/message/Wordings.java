package org.mentorat.notification.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The sentences of every message in each language we write, read once from
 * {@code messages/notifications_{language}.properties} (UTF-8, ICU MessageFormat patterns).
 */
final class Wordings {

    /** The languages messages are written in; anything else falls back. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    private final Map<String, Map<String, String>> patternsByLanguage;

    private Wordings(Map<String, Map<String, String>> patternsByLanguage) {
        this.patternsByLanguage = patternsByLanguage;
    }

    static Wordings load() {
        Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            patterns.put(language, read("messages/notifications_" + language + ".properties"));
        }
        return new Wordings(patterns);
    }

    boolean writes(Locale locale) {
        return locale != null && patternsByLanguage.containsKey(locale.getLanguage());
    }

    /** The patterns of the locale's language; {@link #writes} must hold. */
    Map<String, String> patternsOf(Locale locale) {
        return patternsByLanguage.get(locale.getLanguage());
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Wordings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> patterns = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(key -> patterns.put(key, properties.getProperty(key)));
            return Map.copyOf(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundle " + resource, e);
        }
    }
}
