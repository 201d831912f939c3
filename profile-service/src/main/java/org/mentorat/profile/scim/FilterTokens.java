package org.mentorat.profile.scim;

import java.util.function.Function;

/**
 * Splits a filter or path into brackets, quoted JSON strings and words (attribute paths,
 * operators, keywords, numbers), with one token of look-ahead.
 */
final class FilterTokens {

    enum Kind {
        OPEN_PAREN("'('"), CLOSE_PAREN("')'"), OPEN_BRACKET("'['"), CLOSE_BRACKET("']'"), STRING("a string"),
        WORD("a word"), END("the end");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }
    }

    record Token(Kind kind, String text) {

        boolean is(Kind expected) {
            return kind == expected;
        }

        boolean isKeyword(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return switch (kind) {
                case END -> "the end of the expression";
                case STRING -> "\"" + text + "\"";
                default -> "'" + text + "'";
            };
        }
    }

    private final String text;
    private final Function<String, ScimException> error;
    private int position;
    private Token lookahead;

    FilterTokens(String text, Function<String, ScimException> error) {
        this.text = text;
        this.error = error;
    }

    Token peek() {
        if (lookahead == null) {
            lookahead = read();
        }
        return lookahead;
    }

    Token next() {
        Token token = peek();
        lookahead = null;
        return token;
    }

    private Token read() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        if (position >= text.length()) {
            return new Token(Kind.END, "");
        }
        char c = text.charAt(position);
        switch (c) {
            case '(': position++; return new Token(Kind.OPEN_PAREN, "(");
            case ')': position++; return new Token(Kind.CLOSE_PAREN, ")");
            case '[': position++; return new Token(Kind.OPEN_BRACKET, "[");
            case ']': position++; return new Token(Kind.CLOSE_BRACKET, "]");
            case '"': return new Token(Kind.STRING, string());
            default: return new Token(Kind.WORD, word());
        }
    }

    private String word() {
        int start = position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                && "()[]\"".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        return text.substring(start, position);
    }

    /** A JSON string (RFC 8259 §7), its escapes decoded. */
    private String string() {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(unicode());
                default -> throw error.apply("Invalid escape \\" + escaped + " in a string");
            }
        }
        throw error.apply("A string is not closed: " + text);
    }

    private char unicode() {
        if (position + 4 > text.length()) {
            throw error.apply("Invalid \\u escape in a string");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
            position += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error.apply("Invalid \\u escape in a string");
        }
    }
}
