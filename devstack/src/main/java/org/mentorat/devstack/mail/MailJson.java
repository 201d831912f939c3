package org.mentorat.devstack.mail;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/** The JSON list of caught mails, newest first, each with absolute links to its source and its page. */
final class MailJson {

    private MailJson() {
    }

    static String list(List<CaughtMail> mails, URI base) {
        if (mails.isEmpty()) {
            return "[]\n";
        }
        return mails.stream().map(mail -> item(mail, base)).collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
    }

    private static String item(CaughtMail mail, URI base) {
        return "{\"id\":" + mail.id()
                + ",\"from\":" + string(mail.from())
                + ",\"recipients\":" + mail.recipients().stream().map(MailJson::string)
                        .collect(Collectors.joining(",", "[", "]"))
                + ",\"subject\":" + string(mail.subject())
                + ",\"date\":" + string(mail.receivedAt().toString())
                + ",\"raw\":" + string(base.resolve(MailWeb.rawPath(mail.id())).toString())
                + ",\"page\":" + string(base.resolve(MailWeb.pagePath(mail.id())).toString())
                + "}";
    }

    /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped; null as null. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
