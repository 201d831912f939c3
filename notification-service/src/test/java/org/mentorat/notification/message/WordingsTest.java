package org.mentorat.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A sentence written in one language and forgotten in another would fail only for some recipients. */
class WordingsTest {

    @Test
    void everyLanguageHasEverySentence() {
        Wordings wordings = Wordings.load();
        var english = wordings.patternsOf(Locale.ENGLISH).keySet();

        assertThat(wordings.patternsOf(Locale.FRENCH).keySet()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(wordings.patternsOf(Locale.forLanguageTag("ar")).keySet()).containsExactlyInAnyOrderElementsOf(english);
        for (NotificationKind kind : NotificationKind.values()) {
            String key = EmailComposer.keyOf(kind);
            assertThat(english).as("sentences of %s", kind).contains(key + ".subject", key + ".title",
                    key + ".summary", key + ".heading", key + ".intro", key + ".action");
        }
    }
}
