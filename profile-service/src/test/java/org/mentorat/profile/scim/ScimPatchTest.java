package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.profile.scim.ScimUsersMother.json;
import static org.mentorat.profile.scim.ScimUsersMother.served;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** PATCH operations of RFC 7644 §3.5.2 and the variants Okta and Entra ID send. */
class ScimPatchTest {

    private static final String ENTERPRISE = Scim.ENTERPRISE_USER;

    @Test
    void addWithAPathAppendsToAMultiValuedAttribute() {
        ObjectNode user = patch("{'op':'add','path':'emails','value':[{'value':'babs@jensen.org','type':'home'}]}");

        assertThat(user.get("emails").findValuesAsString("value"))
                .containsExactly("bjensen@example.com", "babs@jensen.org");
    }

    /** RFC 7644 §3.5.2.1, second example: no path, attributes in the value, names in any case. */
    @Test
    void addWithoutAPathAddsEachAttributeOfTheValue() {
        ObjectNode user = patch("{'op':'add','value':{'emails':[{'value':'babs@jensen.org','type':'home'}],"
                + "'nickname':'Babs'}}");

        assertThat(user.get("emails")).hasSize(2);
        assertThat(user.get("nickName").asString()).isEqualTo("Babs");
    }

    @Test
    void aNewPrimaryValueTakesPrimaryFromTheOthers() {
        ObjectNode user = patch("{'op':'add','path':'emails','value':[{'value':'b@x.org','primary':true}]}");

        assertThat(user.get("emails").get(0).get("primary").asBoolean()).isFalse();
        assertThat(user.get("emails").get(1).get("primary").asBoolean()).isTrue();
    }

    /** RFC 7644 §3.5.2.2: remove values matched by a filter. */
    @Test
    void removeWithAValueFilterRemovesTheMatchingValues() {
        ObjectNode user = patch("{'op':'remove','path':'emails[type eq \\'work\\' and value ew \\'example.com\\']'}"
                .replace("\\'", "\\\""));

        assertThat(user.has("emails")).isFalse();
    }

    @Test
    void removeOfASubAttributeAndOfAnExtensionAttribute() {
        ObjectNode user = patch("{'op':'remove','path':'title'}",
                "{'op':'remove','path':'" + ENTERPRISE + ":manager'}");

        assertThat(user.has("title")).isFalse();
        assertThat(user.get(ENTERPRISE).has("manager")).isFalse();
        assertThat(user.get(ENTERPRISE).get("employeeNumber").asString()).isEqualTo("701984");
    }

    /** RFC 7644 §3.5.2.3: replace the values matched by a filter, or a sub-attribute of them. */
    @Test
    void replaceThroughAValueFilter() {
        ObjectNode whole = patch("{'op':'replace','path':'emails[type eq \\'work\\']',"
                + "'value':{'type':'work','value':'bjensen@example.org'}}".replace("\\'", "\\\""));
        ObjectNode sub = patch("{'op':'replace','path':'emails[type eq \\'work\\'].value','value':'b@example.org'}"
                .replace("\\'", "\\\""));

        assertThat(whole.get("emails").findValuesAsString("value")).containsExactly("bjensen@example.org");
        assertThat(sub.get("emails").findValuesAsString("value")).containsExactly("b@example.org");
    }

    @Test
    void replaceWithoutAPathReplacesEachAttributeAndMergesComplexOnes() {
        ObjectNode user = patch("{'op':'replace','value':{'userName':'babs','name':{'givenName':'Babs'},"
                + "'" + ENTERPRISE + "':{'department':'Sales'}}}");

        assertThat(user.get("userName").asString()).isEqualTo("babs");
        assertThat(user.get("name").get("givenName").asString()).isEqualTo("Babs");
        assertThat(user.get("name").get("familyName").asString()).isEqualTo("Jensen");
        assertThat(user.get(ENTERPRISE).get("department").asString()).isEqualTo("Sales");
        assertThat(user.get(ENTERPRISE).get("employeeNumber").asString()).isEqualTo("701984");
    }

    @Test
    void oktaDeactivatesWithAPathlessReplace() {
        assertThat(patch("{'op':'replace','value':{'active':false}}").get("active").asBoolean(true)).isFalse();
    }

    /** Entra ID: capitalised ops, string booleans, bare manager values, dotted names in path-less values. */
    @Test
    void entraIdVariantsAreUnderstood() {
        ObjectNode user = patch("{'op':'Replace','path':'active','value':'False'}",
                "{'op':'Add','path':'" + ENTERPRISE + ":manager','value':'E-42'}",
                "{'op':'Replace','value':{'name.familyName':'Jensen-Smith','" + ENTERPRISE + ":department':'HR'}}");

        assertThat(UserReader.bool(user.get("active"), "active")).isFalse();
        assertThat(user.get(ENTERPRISE).get("manager").get("value").asString()).isEqualTo("E-42");
        assertThat(user.get("name").get("familyName").asString()).isEqualTo("Jensen-Smith");
        assertThat(user.get(ENTERPRISE).get("department").asString()).isEqualTo("HR");
    }

    @Test
    void addThroughAFilterThatMatchesNothingCreatesTheDescribedValue() {
        ObjectNode user = patch("{'op':'remove','path':'emails'}",
                "{'op':'Add','path':'emails[type eq \\'work\\'].value','value':'new@example.com'}"
                        .replace("\\'", "\\\""));

        assertThat(user.get("emails").get(0).get("type").asString()).isEqualTo("work");
        assertThat(user.get("emails").get(0).get("value").asString()).isEqualTo("new@example.com");
    }

    @Test
    void attributeNamesInPathsIgnoreCase() {
        ObjectNode user = patch("{'op':'replace','path':'NAME.GIVENNAME','value':'B'}");

        assertThat(user.get("name").get("givenName").asString()).isEqualTo("B");
    }

    /** Entra ID replaces a sub-attribute of a value the user does not have yet: it is created. */
    @Test
    void aReplaceThroughAFilterThatMatchesNothingCreatesTheValue() {
        ObjectNode user = patch("{'op':'replace','path':'addresses[type eq \\'work\\'].streetAddress','value':'1010'}"
                .replace("\\'", "\\\""), "{'op':'Add','path':'phoneNumbers[type eq \\'mobile\\'].value',"
                + "'value':'+1 555 0100'}".replace("\\'", "\\\""), "{'op':'add','path':'displayName','value':'Babs'}");

        assertThat(user.get("addresses")).containsExactly(json("{'type':'work','streetAddress':'1010'}"));
        assertThat(user.get("phoneNumbers")).containsExactly(json("{'type':'mobile','value':'+1 555 0100'}"));
        assertThat(user.get("displayName").asString()).isEqualTo("Babs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'op':'remove'}                                                      | noTarget",
        "{'op':'replace','path':'emails[type eq \\'home\\']','value':{}}      | noTarget",
        "{'op':'remove','path':'emails[type eq \\'home\\']'}                  | noTarget",
        "{'op':'replace','path':'nosuch','value':'x'}                          | invalidPath",
        "{'op':'replace','path':'emails[type eq','value':'x'}                  | invalidPath",
        "{'op':'replace','path':'userName[type eq \\'x\\']','value':'x'}       | invalidPath",
        "{'op':'replace','path':'urn:example:unknown:attr','value':'x'}        | invalidPath",
        "{'op':'replace','path':'id','value':'x'}                              | mutability",
        "{'op':'replace','path':'meta.version','value':'x'}                    | mutability",
        "{'op':'replace','path':'name','value':'x'}                            | invalidValue",
        "{'op':'add','path':'title'}                                           | invalidValue",
        "{'op':'replace','value':'x'}                                          | invalidValue",
        "{'op':'copy','path':'title','value':'x'}                              | invalidSyntax"})
    void impossibleOperationsNameTheirError(String operation, String scimType) {
        assertThatThrownBy(() -> patch(operation.replace("\\'", "\\\"")))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo(scimType));
    }

    @Test
    void aPatchOpMustSayItIsOne() {
        assertThatThrownBy(() -> PatchOperation.parseRequest(json("{'Operations':[{'op':'remove','path':'title'}]}")))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
        assertThatThrownBy(() -> PatchOperation.parseRequest(json("{'schemas':['" + Scim.PATCH_OP + "']}")))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
    }

    private static ObjectNode patch(String... operations) {
        JsonNode body = json("{'schemas':['" + Scim.PATCH_OP + "'],'Operations':["
                + String.join(",", operations) + "]}");
        return PatchApplier.apply(served(), PatchOperation.parseRequest(body));
    }
}
