package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.profile.scim.ScimUsersMother.ID;
import static org.mentorat.profile.scim.ScimUsersMother.json;

import jakarta.validation.Validation;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.profile.people.DirectoryRecord;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.PersonDraft;
import tools.jackson.databind.node.ObjectNode;

/** A User comes back as the identity provider sent it, unless Mentorat's profile changed since. */
class ScimSentUserTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:30:00Z");

    private final UserReader reader = new UserReader(new RequestValidation(ScimUsersMother.JSON,
            Validation.buildDefaultValidatorFactory().getValidator()));

    /** What Entra ID sends by default, no employee number, a locale Mentorat does not write in. */
    static ObjectNode entraUser() {
        return UserSchema.canonical(json("""
                {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User',
                            'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
                 'externalId':'0a21f0f2-8d2a-4f8e-bf98-7b2b4d5f1a11','userName':'Test_User@contoso.com',
                 'active':true,'displayName':'Test User Display',
                 'name':{'formatted':'Ms. Test User III','familyName':'User','givenName':'Test',
                         'middleName':'Q','honorificPrefix':'Ms.','honorificSuffix':'III'},
                 'title':'Chief tester','preferredLanguage':'de-DE','locale':'de-DE','timezone':'Europe/Berlin',
                 'emails':[{'primary':true,'type':'work','value':'Test_User@contoso.com'},
                           {'type':'home','value':'test@home.example'}],
                 'phoneNumbers':[{'type':'work','value':'+49 30 1234'},{'type':'mobile','value':'+49 170 1234'}],
                 'addresses':[{'type':'work','streetAddress':'1 Main St','locality':'Berlin','country':'DE',
                               'primary':true}],
                 'password':'never kept','x-unknown':'dropped',
                 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':
                   {'department':'QA','costCenter':'CC-7','organization':'Contoso','division':'Quality'}}
                """));
    }

    @Test
    void everyAttributeComesBackExactlyAsSent() {
        ObjectNode sent = entraUser();
        ObjectNode served = serve(sent, reader.read(sent, null).withDefaults());

        ObjectNode expected = sent.deepCopy();
        expected.remove("password");
        expected.remove("x-unknown");
        expected.remove("schemas");
        assertThat(withoutServerAttributes(served)).isEqualTo(expected);
        assertThat(served.get("schemas")).isEqualTo(sent.get("schemas"));
    }

    @Test
    void whatAnAdministratorChangedSinceShowsThroughTheRestStaysAsSent() {
        ObjectNode sent = entraUser().put("preferredLanguage", "en-US");
        PersonDraft p = reader.read(sent, null).withDefaults();
        PersonDraft changed = new PersonDraft("E-42", p.userName(), p.externalId(), p.givenName(), p.familyName(),
                "tester@contoso.com", "fr", p.timeZone(), "Research", p.jobTitle(), 3, "E-1", null, true, null, null,
                null, null, true).withDefaults();

        ObjectNode served = serve(sent, changed);

        assertThat(served.get("emails").get(0).get("value").asString()).isEqualTo("tester@contoso.com");
        assertThat(served.get("emails").get(1)).isEqualTo(sent.get("emails").get(1));
        assertThat(served.get("preferredLanguage").asString()).isEqualTo("fr");
        assertThat(served.get("locale").asString()).isEqualTo("de-DE");
        assertThat(served.get(Scim.ENTERPRISE_USER)).isEqualTo(json("{'department':'Research','costCenter':'CC-7',"
                + "'organization':'Contoso','division':'Quality','employeeNumber':'E-42','manager':{'value':'E-1'}}"));
        assertThat(served.get("phoneNumbers")).isEqualTo(sent.get("phoneNumbers"));
    }

    @Test
    void aUserIsBounded() {
        ObjectNode sent = entraUser();
        var phones = sent.putArray("phoneNumbers");
        for (int i = 0; i <= SentUser.MAX_VALUES; i++) {
            phones.addObject().put("value", "+1 555 01" + i);
        }
        assertThatThrownBy(() -> SentUser.record(sent)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.getMessage()).contains("phoneNumbers has more than 20 values"));

        ObjectNode longName = entraUser();
        longName.put("displayName", "x".repeat(SentUser.MAX_STRING + 1));
        assertThatThrownBy(() -> SentUser.record(longName)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.getMessage()).contains("displayName is longer than 2048 characters"));
    }

    private static ObjectNode serve(ObjectNode sent, PersonDraft profile) {
        DirectoryRecord record = SentUser.record(sent);
        return UserResource.of(new StoredUser(new Person(ID, 1, profile, null, record), CREATED, CREATED), "");
    }

    private static ObjectNode withoutServerAttributes(ObjectNode served) {
        ObjectNode copy = served.deepCopy();
        copy.remove("id");
        copy.remove("meta");
        copy.remove("schemas");
        return copy;
    }
}
