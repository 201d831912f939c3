package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.notification.contact.Contact;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.testkit.EventProbe;
import org.springframework.beans.factory.annotation.Autowired;

/** The contacts read model, fed by profile's events on the real broker: details, order, deactivation, forgetting. */
class ContactsIT extends RunningNotificationService {

    @Autowired
    Contacts contacts;

    @Test
    void aPersonIsAddressedAsProfileLastSaidInTheirLanguageAndZone() {
        String person = person();
        publish(pair.tenant(), person, 1, details(person, "Leïla", "leila@acme.example", "ar", "Africa/Casablanca"));

        Contact contact = awaitContact(pair.tenant(), person, found -> true);

        assertThat(contact.displayName()).isEqualTo("Leïla Haddad");
        assertThat(contact.email()).isEqualTo("leila@acme.example");
        assertThat(contact.locale()).isEqualTo(Locale.of("ar"));
        assertThat(contact.timeZone()).isEqualTo(ZoneId.of("Africa/Casablanca"));
        assertThat(contact.active()).isTrue();
        assertThat(contacts.of("another-tenant", person)).isEmpty();
    }

    @Test
    void aLanguageNobodyWritesInOrNoneGivesTheTenantsAndNoZoneGivesUtc() {
        String german = person();
        String silent = person();
        publish("francophone", german, 1, details(german, "Jonas", "jonas@acme.example", "de-DE", null));
        publish("francophone", silent, 1, details(silent, "Ana", "ana@acme.example", null, "Mars/Olympus"));
        String elsewhere = person();
        publish(pair.tenant(), elsewhere, 1, details(elsewhere, "Jonas", "jonas@acme.example", "de-DE", null));

        assertThat(awaitContact("francophone", german, found -> true).locale()).isEqualTo(Locale.FRENCH);
        Contact unknownZone = awaitContact("francophone", silent, found -> true);
        assertThat(unknownZone.locale()).isEqualTo(Locale.FRENCH);
        assertThat(unknownZone.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(awaitContact(pair.tenant(), elsewhere, found -> true).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(contacts.defaultLocale("francophone")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aRedeliveredOrOlderChangeChangesNothing() {
        String person = person();
        publish(pair.tenant(), person, 3, details(person, "Maud", "maud@acme.example", "fr", "Europe/Paris"));
        awaitContact(pair.tenant(), person, found -> "Maud".equals(found.givenName()));
        EventProbe probe = events();
        ConsumerRecord<String, byte[]> first = probe.await(EventProbe.ofTypeAbout(ContactDetailsChanged.TYPE, person));

        publish(pair.tenant(), person, 2, details(person, "Stale", "stale@acme.example", "en", "UTC"));
        driver.replay(first);
        afterEverythingSoFar();

        Contact contact = contacts.of(pair.tenant(), person).orElseThrow();
        assertThat(contact.givenName()).isEqualTo("Maud");
        assertThat(contact.email()).isEqualTo("maud@acme.example");
    }

    @Test
    void aDeactivatedPersonStaysInactiveWhateverDetailsFollow() {
        String person = person();
        publish(pair.tenant(), person, 1, details(person, "Omar", "omar@acme.example", "fr", "Europe/Paris"));
        publish(pair.tenant(), person, 2, new ProfileDeactivated(person, "E-1", "SCIM_LEAVER", Instant.now()));

        awaitContact(pair.tenant(), person, found -> !found.active());
        publish(pair.tenant(), person, 3, details(person, "Omar", "omar@elsewhere.example", "fr", "Europe/Paris"));
        Contact contact = awaitContact(pair.tenant(), person, found -> "omar@elsewhere.example".equals(found.email()));

        assertThat(contact.active()).isFalse();
    }

    /** A rehire: profile says ProfileReactivated after the contact details of the same change. */
    @Test
    void aReactivatedPersonIsWrittenToAgainButNotByAnOlderDeactivation() {
        String person = person();
        publish(pair.tenant(), person, 1, details(person, "Omar", "omar@acme.example", "fr", "Europe/Paris"));
        publish(pair.tenant(), person, 2, new ProfileDeactivated(person, "E-1", "SCIM_LEAVER", Instant.now()));
        awaitContact(pair.tenant(), person, found -> !found.active());

        publish(pair.tenant(), person, 3, details(person, "Omar", "omar@acme.example", "fr", "Europe/Paris"));
        publish(pair.tenant(), person, 4, new ProfileReactivated(person, "E-1", Instant.now()));
        Contact back = awaitContact(pair.tenant(), person, Contact::active);
        publish(pair.tenant(), person, 2, new ProfileDeactivated(person, "E-1", "SCIM_LEAVER", Instant.now()));
        afterEverythingSoFar();

        assertThat(back.email()).isEqualTo("omar@acme.example");
        assertThat(contacts.of(pair.tenant(), person)).get().extracting(Contact::active).isEqualTo(true);
    }

    @Test
    void aForgottenPersonCannotBeBroughtBackByAnyChangeOfTheirs() {
        String person = person();
        publish(pair.tenant(), person, 1, details(person, "Nadia", "nadia@acme.example", "ar", "Africa/Tunis"));
        awaitContact(pair.tenant(), person, found -> true);

        contacts.forget(pair.tenant(), person);
        contacts.forget(pair.tenant(), person);
        publish(pair.tenant(), person, 1, details(person, "Nadia", "nadia@acme.example", "ar", "Africa/Tunis"));
        publish(pair.tenant(), person, 9, details(person, "Nadia", "nadia@new.example", "ar", "Africa/Tunis"));
        afterEverythingSoFar();

        assertThat(contacts.of(pair.tenant(), person)).isEmpty();
    }

    /** One partition in tests: once a later change is applied, everything published before it was handled. */
    private void afterEverythingSoFar() {
        String marker = person();
        publish(pair.tenant(), marker, 1, details(marker, "Marker", "marker@acme.example", "en", "UTC"));
        awaitContact(pair.tenant(), marker, found -> true);
    }

    private Contact awaitContact(String tenant, String person, Predicate<Contact> matching) {
        await().atMost(Duration.ofSeconds(30)).until(() -> contacts.of(tenant, person).filter(matching).isPresent());
        Optional<Contact> contact = contacts.of(tenant, person);
        return contact.orElseThrow();
    }

    private void publish(String tenant, String person, long sequence, org.mentorat.events.DomainEvent event) {
        service.publish(tenant, person, sequence, event);
    }

    private static ContactDetailsChanged details(String person, String givenName, String email, String locale,
            String zone) {
        return new ContactDetailsChanged(person, givenName, "Haddad", email, locale, zone, Instant.now());
    }

    private static String person() {
        return "per-" + UUID.randomUUID();
    }
}
