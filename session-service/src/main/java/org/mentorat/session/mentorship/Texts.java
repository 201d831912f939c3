package org.mentorat.session.mentorship;

/** Free text as stored: stripped, and absent rather than blank. */
final class Texts {

    private Texts() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
