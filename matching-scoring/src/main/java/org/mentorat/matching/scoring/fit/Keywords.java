package org.mentorat.matching.scoring.fit;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits free text into lower-case keywords without stop-words. Letters of any script are kept
 * (goals are written in French, English and Arabic), and {@code +} and {@code #} stay inside words
 * so that "C++" and "C#" survive.
 */
public final class Keywords {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "get", "how", "i", "in",
            "into", "is", "it", "me", "more", "my", "of", "on", "or", "so", "some", "that", "the", "their",
            "this", "to", "want", "we", "what", "with", "would", "like", "learn", "better", "become", "improve",
            "au", "aux", "avec", "ce", "dans", "de", "des", "du", "en", "et", "je", "la", "le", "les", "mes",
            "mon", "ma", "ou", "par", "pour", "sur", "un", "une", "veux", "voudrais", "apprendre", "mieux");

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private Keywords() {
    }

    public static Set<String> of(String text) {
        Set<String> keywords = new LinkedHashSet<>();
        if (text == null) {
            return keywords;
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                keywords.add(word);
            }
        }
        return keywords;
    }
}
