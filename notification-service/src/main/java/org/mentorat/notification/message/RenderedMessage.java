package org.mentorat.notification.message;

import java.util.Locale;

/**
 * One notification written out for one person, in their language and time zone.
 *
 * @param subject the email's subject line
 * @param html the email's HTML body, a whole document ({@code dir="rtl"} in Arabic)
 * @param text the email's plain-text body
 * @param title a short line for the in-app inbox and chat
 * @param summary one or two sentences under the title in the inbox and chat
 * @param locale the language it was written in (the recipient's, or the tenant's default)
 */
public record RenderedMessage(String subject, String html, String text, String title, String summary,
        Locale locale) {
}
