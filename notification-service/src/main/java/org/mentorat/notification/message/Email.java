package org.mentorat.notification.message;

import java.util.List;

/**
 * What one email says, in reading order, before the layouts dress it as HTML and plain text. Every text
 * is plain: the layouts escape it.
 *
 * @param banner the line at the top (the program's name)
 * @param preheader the line mail clients show next to the subject
 * @param action the button, null for none
 * @param secondary the link under the button, null for none
 * @param closing the paragraphs after the button
 * @param why the footer's reason for writing
 * @param unsubscribe the footer's opt-out link, null when the category cannot be opted out of
 */
record Email(String subject, String banner, String preheader, String heading, String greeting,
        List<Block> blocks, Link action, Link secondary, List<String> closing, String signoff, String why,
        Link preferences, Link unsubscribe) {

    /** One part of the body: a paragraph, a bulleted list or a table of facts (exactly one is set). */
    record Block(String paragraph, List<String> items, List<Fact> facts) {

        static Block paragraph(String text) {
            return new Block(text, List.of(), List.of());
        }

        static Block items(List<String> items) {
            return new Block(null, List.copyOf(items), List.of());
        }

        static Block facts(List<Fact> facts) {
            return new Block(null, List.of(), List.copyOf(facts));
        }
    }

    /** A labelled value ("When: Tuesday…"); a link when {@code url} is set. */
    record Fact(String label, String value, String url) {

        Fact(String label, String value) {
            this(label, value, null);
        }
    }

    /** Words that lead somewhere. */
    record Link(String label, String url) {

        /**
         * The link, or null when there is nowhere to go (no URL given). Only web addresses: a
         * {@code javascript:} or {@code data:} link in a mail would be a hole, not a button.
         */
        static Link to(String label, String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            if (!isWebAddress(url)) {
                throw new IllegalArgumentException("A message links only to http(s) addresses, not to " + url);
            }
            return new Link(label, url);
        }

        static boolean isWebAddress(String url) {
            String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://");
        }
    }
}
