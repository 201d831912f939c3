package org.mentorat.notification.dispatch;

import java.util.Locale;
import java.util.Map;
import org.mentorat.notification.message.RenderedMessage;

/**
 * A rendered message as the queue stores it until it is sent: the locale as its language tag,
 * which the store's codecs can map. Public for the driver's record codec.
 */
public record DispatchContent(String subject, String html, String text, String title, String summary,
        String language, Map<String, String> details) {

    public DispatchContent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** @param details the ids an in-app notice carries for clients to link to */
    static DispatchContent of(RenderedMessage rendered, Map<String, String> details) {
        Locale locale = rendered.locale();
        return new DispatchContent(rendered.subject(), rendered.html(), rendered.text(), rendered.title(),
                rendered.summary(), locale == null ? null : locale.toLanguageTag(), details);
    }
}
