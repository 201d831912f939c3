package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.Address;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.PhoneNumber;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.UUID;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The whole provisioning cycle as an identity provider runs it, driven by an independent SCIM
 * client (UnboundID's SCIM 2 SDK over a Jersey JAX-RS client) against the running service: create
 * as Okta and Entra ID send users, read, filter, page, replace, patch, deactivate, reactivate and
 * delete; every attribute comes back exactly as sent, and the broker hears of leavers and returns.
 */
@ServiceTest(service = "profile")
class ScimProvisioningCycleIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    Environment environment;

    private final String tenant = "cycle-" + UUID.randomUUID();
    private Client http;
    private ScimService scim;

    @BeforeEach
    void connect() {
        // Jersey's default connector (HttpURLConnection) cannot send PATCH: Apache HttpClient 5 can.
        http = ClientBuilder.newClient(new ClientConfig().connectorProvider(new Apache5ConnectorProvider()))
                .register((jakarta.ws.rs.client.ClientRequestFilter) request -> request.getHeaders()
                        .putSingle(HttpHeaders.AUTHORIZATION, TestTokens.bearer(tenant, "entra", "HR_INTEGRATION")));
        scim = new ScimService(http.target("http://localhost:" + environment.getProperty("local.server.port")
                + "/scim/v2"));
    }

    @AfterEach
    void disconnect() {
        http.close();
    }

    @Test
    void anIdentityProviderProvisionsChangesAndRemovesUsersAndGetsBackWhatItSent() throws ScimException {
        UserResource okta = oktaUser();
        UserResource createdOkta = scim.create("Users", okta);
        assertSameAttributes(createdOkta, okta);
        assertThat(createdOkta.getExtension(EnterpriseUserExtension.class)).isNull();

        UserResource entra = entraUser(createdOkta.getId());
        UserResource created = scim.create("Users", entra);
        String id = created.getId();
        assertSameAttributes(created, entra);
        assertSameAttributes(scim.retrieve("Users", id, UserResource.class), entra);

        assertThat(only(scim.searchRequest("Users").filter(Filter.eq("userName", entra.getUserName().toUpperCase()))
                .invoke(UserResource.class)).getId()).isEqualTo(id);
        assertThat(only(scim.searchRequest("Users").filter(Filter.eq("externalId", okta.getExternalId()))
                .invoke(UserResource.class)).getId()).isEqualTo(createdOkta.getId());
        ListResponse<UserResource> first = scim.searchRequest("Users").page(1, 1).invoke(UserResource.class);
        ListResponse<UserResource> second = scim.searchRequest("Users").page(2, 1).invoke(UserResource.class);
        assertThat(first.getTotalResults()).isEqualTo(2);
        assertThat(List.of(first.getResources().getFirst().getId(), second.getResources().getFirst().getId()))
                .containsExactlyInAnyOrder(id, createdOkta.getId());

        UserResource replacement = entraUser(createdOkta.getId()).setTitle("Head of testing")
                .setPhoneNumbers(new PhoneNumber().setType("mobile").setValue("+49 170 9999999"));
        replacement.setId(id);
        replacement.setMeta(created.getMeta());
        assertSameAttributes(scim.replace(replacement), replacement);

        // What Entra ID sends on a change and on a leaver: filtered paths, "False" as a string.
        UserResource patched = scim.modify("Users", id, new PatchRequest(
                PatchOperation.replace("name.givenName", "Testa"),
                PatchOperation.replace("emails[type eq \"work\"].value", "testa.user@contoso.example"),
                PatchOperation.replace("phoneNumbers[type eq \"work\"].value", "+49 30 555"),
                PatchOperation.replace("active", JsonNodeFactory.instance.textNode("False"))), UserResource.class);
        assertThat(patched.getName().getGivenName()).isEqualTo("Testa");
        assertThat(patched.getName().getFormatted()).isEqualTo(entra.getName().getFormatted());
        assertThat(patched.getEmails()).extracting(Email::getValue)
                .containsExactly("testa.user@contoso.example", "test.user@home.example");
        assertThat(patched.getPhoneNumbers()).extracting(PhoneNumber::getType, PhoneNumber::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mobile", "+49 170 9999999"),
                        org.assertj.core.groups.Tuple.tuple("work", "+49 30 555"));
        assertThat(patched.getActive()).isFalse();
        driver.awaitEvent(ProfileDeactivated.class, left -> left.personId().equals(id));

        // Okta's rehire: a path-less replace with an object value.
        UserResource back = scim.modify("Users", id, new PatchRequest(PatchOperation.replace(
                JsonNodeFactory.instance.objectNode().put("active", true))), UserResource.class);
        assertThat(back.getActive()).isTrue();
        driver.awaitEvent(ProfileReactivated.class, returned -> returned.personId().equals(id));
        assertThat(driver.awaitEvent(ContactDetailsChanged.class, contact -> contact.personId().equals(id)
                && contact.givenName().equals("Testa")).email()).isEqualTo("testa.user@contoso.example");

        scim.delete("Users", id);
        assertThatThrownBy(() -> scim.retrieve("Users", id, UserResource.class))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(scim.searchRequest("Users").filter(Filter.eq("userName", entra.getUserName()))
                .invoke(UserResource.class).getTotalResults()).isZero();
        driver.awaitEvent(ProfileDeactivated.class, left -> left.personId().equals(id)
                && left.reason().equals("DELETED"));
    }

    /** Okta's default attributes, no enterprise extension: keyed by its external id. */
    private static UserResource oktaUser() {
        UserResource user = new UserResource().setUserName("okta.user-" + UUID.randomUUID() + "@acme.example")
                .setName(new Name().setGivenName("Okta").setFamilyName("User").setMiddleName("Q")
                        .setHonorificPrefix("Dr.").setHonorificSuffix("Jr."))
                .setDisplayName("Okta User").setNickName("oki").setLocale("en-US").setPreferredLanguage("en-US")
                .setTimezone("America/Los_Angeles").setTitle("Engineer").setUserType("Employee").setActive(true)
                .setEmails(new Email().setPrimary(true).setType("work").setValue("okta.user@acme.example"))
                .setPhoneNumbers(new PhoneNumber().setType("mobile").setValue("+1 555 0100").setPrimary(true));
        user.setExternalId("00u" + UUID.randomUUID().toString().replace("-", "").substring(0, 17));
        return user;
    }

    /** Entra ID's default attributes with the enterprise extension; the manager as the service's user id. */
    private static UserResource entraUser(String managerId) {
        UserResource user = new UserResource().setUserName("Test_User_" + UUID.randomUUID() + "@contoso.example")
                .setName(new Name().setFormatted("Ms. Test User III").setGivenName("Test").setFamilyName("User")
                        .setHonorificPrefix("Ms.").setHonorificSuffix("III"))
                .setDisplayName("Test User").setTitle("Tester").setPreferredLanguage("fr-FR").setLocale("fr-FR")
                .setTimezone("Europe/Paris").setActive(true)
                .setEmails(new Email().setPrimary(true).setType("work").setValue("test.user@contoso.example"),
                        new Email().setType("home").setValue("test.user@home.example"))
                .setPhoneNumbers(new PhoneNumber().setType("work").setValue("+33 1 23 45 67 89"),
                        new PhoneNumber().setType("mobile").setValue("+33 6 12 34 56 78"))
                .setAddresses(new Address().setType("work").setStreetAddress("1 rue de Rivoli")
                        .setLocality("Paris").setPostalCode("75001").setCountry("FR").setPrimary(true));
        user.setExternalId(UUID.randomUUID().toString());
        user.setExtension(new EnterpriseUserExtension().setEmployeeNumber("E-" + UUID.randomUUID())
                .setDepartment("Quality").setCostCenter("CC-7").setOrganization("Contoso").setDivision("Europe")
                .setManager(new Manager().setValue(managerId)));
        return user;
    }

    private static void assertSameAttributes(UserResource served, UserResource sent) {
        assertThat(served).usingRecursiveComparison().ignoringFields("id", "meta").isEqualTo(withIdOf(sent, served));
    }

    private static UserResource withIdOf(UserResource sent, UserResource served) {
        sent.setId(served.getId());
        return sent;
    }

    private static UserResource only(ListResponse<UserResource> list) {
        assertThat(list.getTotalResults()).isEqualTo(1);
        return list.getResources().getFirst();
    }
}
