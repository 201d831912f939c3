package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.profile.scim.ScimUsersMother.served;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorat.profile.scim.UserLookups.Key;
import org.mentorat.profile.scim.UserLookups.Lookup;
import tools.jackson.databind.node.ObjectNode;

class ScimFilterTest {

    private final ObjectNode babs = served();

    /** Every example filter of RFC 7644 §3.4.2.2 parses and passes the schema check. */
    @ParameterizedTest
    @ValueSource(strings = {
        "userName eq \"bjensen\"",
        "name.familyName co \"O'Malley\"",
        "userName sw \"J\"",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
        "title pr",
        "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
        "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
        "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
        "meta.lastModified le \"2011-05-13T04:42:34Z\"",
        "title pr and userType eq \"Employee\"",
        "title pr or userType eq \"Intern\"",
        "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
        "userType eq \"Employee\" and (emails.type eq \"work\")",
        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
        "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]"})
    void theRfcExamplesAreValidFilters(String filter) {
        FilterEvaluator.validate(FilterParser.parse(filter));
    }

    @Test
    void userNameComparesCaseInsensitivelyAndSoDoAttributeNamesAndOperators() {
        assertThat(matches("userName eq \"BJENSEN@example.com\"")).isTrue();
        assertThat(matches("USERNAME EQ \"bjensen@example.com\"")).isTrue();
        assertThat(matches("userName eq \"bjensen\"")).isFalse();
    }

    @Test
    void externalIdAndEmployeeNumberAreCaseExact() {
        ObjectNode user = served(new org.mentorat.profile.people.PersonDraft("E-7", "u", "AbC", "G", "F",
                "u@example.com", null, null, null, null, null, null, null, null, null, null, null, null, true));
        assertThat(FilterEvaluator.matches(FilterParser.parse("externalId eq \"AbC\""), user)).isTrue();
        assertThat(FilterEvaluator.matches(FilterParser.parse("externalId eq \"abc\""), user)).isFalse();
        assertThat(FilterEvaluator.matches(FilterParser.parse(Scim.ENTERPRISE_USER + ":employeeNumber eq \"E-7\""),
                user)).isTrue();
        assertThat(FilterEvaluator.matches(FilterParser.parse("employeeNumber eq \"e-7\""), user)).isFalse();
    }

    @Test
    void theRfcExamplesSelectWhatTheySay() {
        assertThat(matches("name.familyName co \"ense\"")).isTrue();
        assertThat(matches("userName sw \"bj\" and title pr")).isTrue();
        assertThat(matches("meta.lastModified gt \"2011-05-13T04:42:34Z\"")).isTrue();
        assertThat(matches("meta.lastModified lt \"2011-05-13T04:42:34Z\"")).isFalse();
        assertThat(matches("emails[type eq \"work\" and value co \"@example.com\"]")).isTrue();
        assertThat(matches("emails[type eq \"home\"]")).isFalse();
        assertThat(matches("emails co \"example.com\"")).isTrue();
        assertThat(matches("not (emails co \"example.com\")")).isFalse();
        assertThat(matches("userType eq \"Employee\"")).isFalse();
        assertThat(matches("userType ne \"Employee\"")).isTrue();
        assertThat(matches("active eq true and manager.value eq \"E-9\"")).isTrue();
        assertThat(matches("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"")).isTrue();
    }

    @Test
    void andBindsTighterThanOr() {
        Filter filter = FilterParser.parse("title pr or userName eq \"x\" and active eq false");

        assertThat(filter).isInstanceOf(Filter.Or.class);
        assertThat(((Filter.Or) filter).right()).isInstanceOf(Filter.And.class);
        assertThat(FilterEvaluator.matches(filter, babs)).isTrue();
        assertThat(matches("(title pr or userName eq \"x\") and active eq false")).isFalse();
    }

    @Test
    void stringsKeepTheirEscapes() {
        Filter.Comparison comparison = (Filter.Comparison) FilterParser.parse("title eq \"a \\\"b\\\" \\u00e9\"");

        assertThat(comparison.value().asString()).isEqualTo("a \"b\" é");
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName eq", "userName eq bjensen", "userName equals \"x\"", "userName eq \"open",
        "(userName eq \"x\"", "userName eq \"x\")", "emails[type eq \"work\"", "nosuchattribute eq \"x\"",
        "active gt true", "active eq \"true\"", "name eq \"x\"", "userName eq \"x\" and",
        "meta.created gt \"yesterday\"",
        "emails[value[type eq \"work\"]]", "", "not userName eq \"x\"", "userName.bad.path eq \"x\""})
    void malformedOrMeaninglessFiltersAreInvalidFilter(String filter) {
        assertThatThrownBy(() -> FilterEvaluator.validate(FilterParser.parse(filter)))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.scimType()).isEqualTo("invalidFilter");
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }

    @Test
    void equalitiesOnIndexedKeysTellWhichUsersToLoad() {
        assertThat(plan("userName eq \"a\" and active eq true")).containsExactly(new Lookup(Key.USER_NAME, "a"));
        assertThat(plan("title pr and externalId eq \"x\"")).containsExactly(new Lookup(Key.EXTERNAL_ID, "x"));
        assertThat(plan("id eq \"1\" or employeeNumber eq \"E-1\""))
                .containsExactly(new Lookup(Key.ID, "1"), new Lookup(Key.EMPLOYEE_NUMBER, "E-1"));
        assertThat(UserLookups.plan(FilterParser.parse("userName eq \"a\" or title pr"))).isEmpty();
        assertThat(UserLookups.plan(FilterParser.parse("userName sw \"a\""))).isEmpty();
        assertThat(UserLookups.plan(FilterParser.parse("not (userName eq \"a\")"))).isEmpty();
    }

    private boolean matches(String filter) {
        Filter parsed = FilterParser.parse(filter);
        FilterEvaluator.validate(parsed);
        return FilterEvaluator.matches(parsed, babs);
    }

    private static List<Lookup> plan(String filter) {
        return UserLookups.plan(FilterParser.parse(filter)).orElseThrow();
    }
}
