package org.mentorat.notification.message;

import java.util.List;

/** The index of docs/emails/: one row per kind, a link to its HTML, text and screenshot per language. */
final class GalleryIndex {

    private GalleryIndex() {
    }

    static String markdown(List<String> languages, boolean withScreenshots) {
        StringBuilder md = new StringBuilder("""
                # The emails notification-service sends

                Every notification email, in each language it is written in, rendered with the sample people of
                `notification-service/src/test/java/org/mentorat/notification/message/MessageSamples.java`
                (English: New York time; French: Paris time; Arabic: Riyadh time, right to left).
                Each kind has its HTML email, its plain-text part (with the subject on top) and a screenshot
                of the HTML in Chromium (700 px wide).

                Regenerate (from the repository root; screenshots need `/usr/bin/chromium` and
                `fonts-noto-core`):

                ```bash
                mvnj -B -q -pl notification-service -am test -Dtest=EmailGallery \\
                  -Dsurefire.failIfNoSpecifiedTests=false -Demails.gallery=../docs/emails
                ```

                The HTML passes `html-validate` (recommended rules, minus the ones mail clients make every
                email break: inline styles and table attributes such as `width`, `align`, `cellpadding`).

                The texts live in `notification-service/src/main/resources/messages/notifications_{en,fr,ar}.properties`
                (ICU MessageFormat), the layouts in `.../messages/layouts/email.html` and `email.txt` (Thymeleaf).

                """);
        md.append("| kind |");
        languages.forEach(language -> md.append(' ').append(language).append(" |"));
        md.append("\n|---|");
        languages.forEach(language -> md.append("---|"));
        md.append('\n');
        for (NotificationKind kind : NotificationKind.values()) {
            String name = EmailGallery.fileName(kind);
            md.append("| `").append(kind).append("` |");
            for (String language : languages) {
                String base = language + "/" + name;
                md.append(" [HTML](").append(base).append(".html) · [text](").append(base).append(".txt)");
                if (withScreenshots) {
                    md.append(" · [PNG](").append(base).append(".png)");
                }
                md.append(" |");
            }
            md.append('\n');
        }
        if (withScreenshots) {
            md.append("\n## Screenshots\n");
            for (NotificationKind kind : NotificationKind.values()) {
                String name = EmailGallery.fileName(kind);
                md.append("\n### `").append(kind).append("`\n\n");
                languages.forEach(language -> md.append("<img src=\"").append(language).append('/').append(name)
                        .append(".png\" width=\"280\" alt=\"").append(kind).append(" in ").append(language).append("\"> "));
                md.append('\n');
            }
        }
        return md.toString();
    }
}
