package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.profile.scim.ScimUsersMother.babs;
import static org.mentorat.profile.scim.ScimUsersMother.json;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.profile.people.PersonDraft;

/** How a SCIM User becomes the profile it asserts. */
class ScimUserReaderTest {

    private final UserReader reader = new UserReader(new RequestValidation(ScimUsersMother.JSON,
            Validation.buildDefaultValidatorFactory().getValidator()));

    /** RFC 7644 §3.3's example, with the enterprise extension. */
    @Test
    void theRfcCreateExampleBecomesAProfile() {
        PersonDraft draft = read("{'schemas':['" + Scim.USER + "','" + Scim.ENTERPRISE_USER + "'],"
                + "'userName':'bjensen','externalId':'bjensen','name':{'formatted':'Ms. Barbara J Jensen III',"
                + "'familyName':'Jensen','givenName':'Barbara'},"
                + "'emails':[{'value':'bjensen@example.com','type':'work'}],"
                + "'preferredLanguage':'fr-CA','timezone':'America/Toronto','title':'Tour Guide',"
                + "'" + Scim.ENTERPRISE_USER + "':{'employeeNumber':'701984','department':'Tours',"
                + "'manager':{'value':'E-2'}}}",
                null);

        assertThat(draft.userName()).isEqualTo("bjensen");
        assertThat(draft.externalId()).isEqualTo("bjensen");
        assertThat(draft.givenName()).isEqualTo("Barbara");
        assertThat(draft.email()).isEqualTo("bjensen@example.com");
        assertThat(draft.locale()).isEqualTo("fr");
        assertThat(draft.timeZone()).isEqualTo("America/Toronto");
        assertThat(draft.jobTitle()).isEqualTo("Tour Guide");
        assertThat(draft.employeeNumber()).isEqualTo("701984");
        assertThat(draft.department()).isEqualTo("Tours");
        assertThat(draft.managerEmployeeNumber()).isEqualTo("E-2");
        assertThat(draft.active()).isNull();
    }

    @Test
    void whatScimDoesNotCarryIsKeptAndAnOmittedActiveChangesNothing() {
        PersonDraft current = babs();

        PersonDraft draft = read(minimal("'active':'False'"), current);
        PersonDraft omitted = read(minimal(""), current);

        assertThat(draft.active()).isFalse();
        assertThat(draft.seniorityLevel()).isEqualTo(4);
        assertThat(draft.languages()).containsExactly("en", "fr");
        assertThat(draft.location()).isEqualTo("Paris");
        assertThat(omitted.active()).isTrue();
        assertThat(omitted.department()).isNull();
    }

    @Test
    void thePrimaryEmailWinsThenTheWorkOne() {
        assertThat(read(minimal("'emails':[{'value':'h@x.org','type':'home'},{'value':'w@x.org','type':'work'},"
                + "{'value':'p@x.org','primary':'True'}]"), null).email()).isEqualTo("p@x.org");
        assertThat(read(minimal("'emails':[{'value':'h@x.org','type':'home'},{'value':'w@x.org','type':'work'}]"),
                null).email()).isEqualTo("w@x.org");
    }

    @Test
    void anUnsupportedLanguageKeepsTheCurrentOne() {
        assertThat(read(minimal("'preferredLanguage':'de-DE'"), babs()).locale()).isEqualTo("en");
        assertThat(read(minimal("'locale':'ar-MA'"), babs()).locale()).isEqualTo("ar");
        assertThat(UserReader.supportedLanguage("da, en-gb;q=0.8, en;q=0.7")).isEqualTo("en");
    }

    @Test
    void theEnterpriseExtensionIsOptional() {
        PersonDraft draft = read("{'schemas':['" + Scim.USER + "'],'userName':'u@x.org','externalId':'okta-1',"
                + "'name':{'givenName':'G','familyName':'F'}}", null);

        assertThat(draft.employeeNumber()).isNull();
        assertThat(draft.externalId()).isEqualTo("okta-1");
        assertThat(draft.email()).isEqualTo("u@x.org");
    }

    @Test
    void missingOrWrongValuesAreInvalidValueNamedTheScimWay() {
        assertThat(error(minimal("'timezone':'Mars/Olympus'"))).contains("timezone");
        assertThat(error(minimal("'name':{'givenName':'','familyName':'F'}"))).contains("name.givenName");
        assertThat(error(minimal("'userName':42"))).contains("userName must be a string");
        assertThat(error(minimal("'active':'maybe'"))).contains("active must be true or false");
        assertThat(error(minimal("'emails':[{'value':'not an email'}]"))).contains("emails");
    }

    private PersonDraft read(String user, PersonDraft current) {
        return reader.read(UserSchema.canonical(json(user)), current);
    }

    private String error(String user) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(user, null));
        assertThat(thrown).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
        return thrown.getMessage();
    }

    /** A valid user; {@code extra} members replace the defaults (later JSON members win). */
    private static String minimal(String extra) {
        return "{'schemas':['" + Scim.USER + "'],'userName':'u@x.org','name':{'givenName':'G','familyName':'F'},"
                + "'" + Scim.ENTERPRISE_USER + "':{'employeeNumber':'E-1'}"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }
}
