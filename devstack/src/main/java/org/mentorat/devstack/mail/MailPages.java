package org.mentorat.devstack.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catcher's two pages: the list of mails and one mail. Everything a mail says is escaped; its
 * HTML body is only ever shown in a sandboxed frame (no scripts, no forms, an origin of its own).
 */
final class MailPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String STYLE = """
            body{font:15px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}
            th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
            th{background:#f4f4f4}pre{white-space:pre-wrap;background:#f8f8f8;padding:1rem;border:1px solid #ddd}
            iframe{width:100%;height:32rem;border:1px solid #ccc}.muted{color:#777}""";

    private MailPages() {
    }

    static String list(List<CaughtMail> mails, int capacity) {
        String rows = mails.stream().map(mail -> "<tr><td>" + DATE.format(mail.receivedAt()) + "</td><td>"
                + escape(mail.from()) + "</td><td>" + escape(String.join(", ", mail.recipients()))
                + "</td><td><a href=\"" + MailWeb.pagePath(mail.id()) + "\">" + escape(subjectOf(mail)) + "</a></td></tr>")
                .collect(Collectors.joining("\n"));
        String body = mails.isEmpty()
                ? "<p class=\"muted\">No mail yet. Everything sent through this SMTP server shows up here.</p>"
                : "<table><tr><th>received</th><th>from</th><th>to</th><th>subject</th></tr>\n" + rows + "</table>";
        return page("Caught mail", "<h1>Caught mail</h1><p class=\"muted\">Newest first; the newest " + capacity
                + " are kept until devstack stops. As JSON: <a href=\"" + MailWeb.API + "\">" + MailWeb.API
                + "</a>. Reload to see new ones.</p>" + body);
    }

    static String message(CaughtMail mail, MailParts parts) {
        StringBuilder body = new StringBuilder("<p><a href=\"/\">← all mail</a> · <a href=\"")
                .append(MailWeb.rawPath(mail.id())).append("\">raw source</a></p><h1>").append(escape(subjectOf(mail)))
                .append("</h1><table><tr><th>received</th><td>").append(DATE.format(mail.receivedAt()))
                .append("</td></tr><tr><th>from</th><td>").append(escape(mail.from()))
                .append("</td></tr><tr><th>to</th><td>").append(escape(String.join(", ", mail.recipients())))
                .append("</td></tr></table>");
        body.append("<h2>HTML</h2>").append(parts.html() == null ? "<p class=\"muted\">no HTML part</p>"
                : "<iframe sandbox src=\"" + MailWeb.htmlPath(mail.id()) + "\" title=\"the mail's HTML part\"></iframe>");
        body.append("<h2>Text</h2>").append(parts.text() == null ? "<p class=\"muted\">no plain-text part</p>"
                : "<pre>" + escape(parts.text()) + "</pre>");
        if (!parts.attachments().isEmpty()) {
            body.append("<h2>Attachments</h2><ul>");
            for (int index = 0; index < parts.attachments().size(); index++) {
                MailParts.Attachment attachment = parts.attachments().get(index);
                body.append("<li><a href=\"").append(MailWeb.attachmentPath(mail.id(), index)).append("\">")
                        .append(escape(attachment.filename())).append("</a> <span class=\"muted\">")
                        .append(escape(attachment.contentType())).append(", ").append(attachment.bytes().length)
                        .append(" bytes</span></li>");
            }
            body.append("</ul>");
        }
        return page(subjectOf(mail), body.toString());
    }

    static String notFound(String what) {
        return page("Not found", "<p><a href=\"/\">← all mail</a></p><h1>Not found</h1><p>" + escape(what) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · Mentorat devstack</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>\n";
    }

    private static String subjectOf(CaughtMail mail) {
        return mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
