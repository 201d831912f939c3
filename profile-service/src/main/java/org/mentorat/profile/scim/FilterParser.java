package org.mentorat.profile.scim;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentorat.profile.scim.Filter.Operator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Recursive-descent parser for the filter grammar of RFC 7644 §3.4.2.2 (Figure 1) and for PATCH
 * paths (§3.5.2, Figure 5). Precedence: grouping and {@code not} bind tightest, then
 * {@code and}, then {@code or}; keywords and operators are case-insensitive.
 */
final class FilterParser {

    private final FilterTokens tokens;
    private final Function<String, ScimException> error;
    private boolean insideValuePath;

    private FilterParser(String text, Function<String, ScimException> error) {
        this.tokens = new FilterTokens(text, error);
        this.error = error;
    }

    static Filter parse(String text) {
        FilterParser parser = new FilterParser(text, ScimError.INVALID_FILTER::exception);
        Filter filter = parser.or();
        parser.expectEnd();
        return filter;
    }

    /** {@code attrPath} or {@code valuePath [subAttr]}, the target of a PATCH operation. */
    static PatchPath parsePath(String text) {
        FilterParser parser = new FilterParser(text, ScimError.INVALID_PATH::exception);
        AttributePath path = parser.attributePath(parser.tokens.next());
        Filter filter = null;
        String subAttribute = path.subAttribute();
        if (parser.tokens.peek().is(FilterTokens.Kind.OPEN_BRACKET)) {
            parser.tokens.next();
            if (path.subAttribute() != null || path.attribute() == null) {
                throw ScimError.INVALID_PATH.exception("A value filter applies to a multi-valued attribute: " + text);
            }
            parser.insideValuePath = true;
            filter = parser.or();
            parser.expect(FilterTokens.Kind.CLOSE_BRACKET);
            FilterTokens.Token next = parser.tokens.peek();
            if (next.is(FilterTokens.Kind.WORD) && next.text().startsWith(".")) {
                parser.tokens.next();
                subAttribute = AttributePath.parse(next.text().substring(1)).filter(p -> p.subAttribute() == null
                        && p.schema() == null).map(AttributePath::attribute)
                        .orElseThrow(() -> ScimError.INVALID_PATH.exception("Not a sub-attribute: " + next.text()));
            }
        }
        parser.expectEnd();
        return new PatchPath(path.schema(), path.attribute(), filter, subAttribute);
    }

    private Filter or() {
        return leftAssociative("or", this::and, Filter.Or::new);
    }

    private Filter and() {
        return leftAssociative("and", this::unary, Filter.And::new);
    }

    /** {@code operand (keyword operand)*}, grouped from the left. */
    private Filter leftAssociative(String keyword, Supplier<Filter> operand, BinaryOperator<Filter> combine) {
        Filter left = operand.get();
        while (tokens.peek().isKeyword(keyword)) {
            tokens.next();
            left = combine.apply(left, operand.get());
        }
        return left;
    }

    private Filter unary() {
        FilterTokens.Token token = tokens.next();
        if (token.isKeyword("not") && tokens.peek().is(FilterTokens.Kind.OPEN_PAREN)) {
            return new Filter.Not(group());
        }
        if (token.is(FilterTokens.Kind.OPEN_PAREN)) {
            Filter inner = or();
            expect(FilterTokens.Kind.CLOSE_PAREN);
            return inner;
        }
        return attributeExpression(token);
    }

    private Filter group() {
        expect(FilterTokens.Kind.OPEN_PAREN);
        Filter inner = or();
        expect(FilterTokens.Kind.CLOSE_PAREN);
        return inner;
    }

    private Filter attributeExpression(FilterTokens.Token token) {
        AttributePath path = attributePath(token);
        if (tokens.peek().is(FilterTokens.Kind.OPEN_BRACKET)) {
            if (insideValuePath || path.subAttribute() != null || path.attribute() == null) {
                throw error.apply("Misplaced '[' after " + token.text());
            }
            tokens.next();
            insideValuePath = true;
            Filter inner = or();
            insideValuePath = false;
            expect(FilterTokens.Kind.CLOSE_BRACKET);
            return new Filter.ValuePath(path, inner);
        }
        if (path.attribute() == null) {
            throw error.apply("A filter compares an attribute, not a whole schema: " + token.text());
        }
        FilterTokens.Token operator = tokens.next();
        if (operator.isKeyword("pr")) {
            return new Filter.Present(path);
        }
        if (!operator.is(FilterTokens.Kind.WORD)) {
            throw error.apply("Expected an operator after " + token.text());
        }
        Operator comparison;
        try {
            comparison = Operator.valueOf(operator.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error.apply("Unknown operator " + operator.text()
                    + " (eq, ne, co, sw, ew, gt, lt, ge, le, pr are defined)");
        }
        return new Filter.Comparison(path, comparison, value(tokens.next()));
    }

    private AttributePath attributePath(FilterTokens.Token token) {
        if (!token.is(FilterTokens.Kind.WORD)) {
            throw error.apply("Expected an attribute name but found " + token.describe());
        }
        return AttributePath.parse(token.text())
                .orElseThrow(() -> error.apply("Not an attribute path: " + token.text()));
    }

    private JsonNode value(FilterTokens.Token token) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (token.is(FilterTokens.Kind.STRING)) {
            return nodes.stringNode(token.text());
        }
        if (token.is(FilterTokens.Kind.WORD)) {
            String word = token.text();
            switch (word.toLowerCase(Locale.ROOT)) {
                case "true": return nodes.booleanNode(true);
                case "false": return nodes.booleanNode(false);
                case "null": return nodes.nullNode();
                default:
                    try {
                        return nodes.numberNode(new BigDecimal(word));
                    } catch (NumberFormatException e) {
                        throw error.apply("A value is a quoted string, a number, true, false or null: " + word);
                    }
            }
        }
        throw error.apply("Expected a value but found " + token.describe());
    }

    private void expect(FilterTokens.Kind kind) {
        FilterTokens.Token token = tokens.next();
        if (!token.is(kind)) {
            throw error.apply("Expected " + kind.symbol() + " but found " + token.describe());
        }
    }

    private void expectEnd() {
        FilterTokens.Token token = tokens.next();
        if (!token.is(FilterTokens.Kind.END)) {
            throw error.apply("Unexpected " + token.describe());
        }
    }
}
