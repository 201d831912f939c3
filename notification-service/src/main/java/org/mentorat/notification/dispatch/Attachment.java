package org.mentorat.notification.dispatch;

/**
 * A file sent with an email, e.g. a session's invite: {@code invite.ics} as
 * {@code text/calendar; method=REQUEST}. A calendar attachment is also put beside the HTML and
 * text bodies, where Outlook and Gmail look for an invite to show with its buttons.
 */
public record Attachment(String filename, String contentType, byte[] bytes) {

    public Attachment {
        if (filename == null || filename.isBlank() || contentType == null || contentType.isBlank() || bytes == null) {
            throw new IllegalArgumentException("an attachment needs a file name, a content type and its bytes");
        }
    }

    boolean isCalendar() {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar");
    }
}
