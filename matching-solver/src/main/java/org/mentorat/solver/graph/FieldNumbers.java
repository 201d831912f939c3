package org.mentorat.solver.graph;

import java.nio.charset.StandardCharsets;
import org.mentorat.solver.cohort.CohortProblem;

/**
 * Numbers read from a field's bytes. A failure is a {@link NumberFormatException} whose message
 * says what is wrong ("must not be negative"), for the caller to put beside the line number.
 */
final class FieldNumbers {

    private FieldNumbers() {
    }

    /** A whole number ≥ 0. */
    static int count(byte[] bytes, int from, int to) {
        if (to > from + 1 && bytes[from] == '-') {
            throw new NumberFormatException("must not be negative");
        }
        long value = 0;
        for (int i = from; i < to && value <= Integer.MAX_VALUE; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new NumberFormatException("is not a whole number");
            }
            value = value * 10 + digit;
        }
        if (to == from || value > Integer.MAX_VALUE) {
            throw new NumberFormatException("is not a whole number");
        }
        return (int) value;
    }

    /**
     * A score in [0, 1] in millionths, rounded as {@code Math.round(Double.parseDouble(text) * SCALE)}.
     * Plain decimals with up to six decimals, nearly every score, are read exactly without a String.
     */
    static int millionths(byte[] bytes, int from, int to) {
        long whole = 0;
        int i = from;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9' && whole <= 1) {
            whole = whole * 10 + bytes[i++] - '0';
        }
        int digits = i - from;
        long fraction = 0;
        int decimals = 0;
        if (i < to && bytes[i] == '.') {
            for (i++; i < to && decimals < 7 && bytes[i] >= '0' && bytes[i] <= '9'; i++, decimals++) {
                fraction = fraction * 10 + bytes[i] - '0';
            }
        }
        if (i < to || digits + decimals == 0 || decimals > 6 || whole > 1) {
            return parsedMillionths(new String(bytes, from, to - from, StandardCharsets.UTF_8));
        }
        for (int d = decimals; d < 6; d++) {
            fraction *= 10;
        }
        long scaled = whole * CohortProblem.SCALE + fraction;
        if (scaled > CohortProblem.SCALE) {
            throw outOfRange();
        }
        return (int) scaled;
    }

    /** Anything else Java reads as a double (exponents, more decimals, a sign), the slow way. */
    private static int parsedMillionths(String text) {
        double score;
        try {
            score = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("is not a number");
        }
        if (!(score >= 0 && score <= 1)) {
            throw outOfRange();
        }
        return (int) Math.round(score * CohortProblem.SCALE);
    }

    private static NumberFormatException outOfRange() {
        return new NumberFormatException("must be in [0, 1]");
    }
}
