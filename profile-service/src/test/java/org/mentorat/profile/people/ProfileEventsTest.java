package org.mentorat.profile.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.events.profile.ProfileUpdated;

/**
 * What other services hear about a person: everything matching needs when they appear or return,
 * then only what changed; how to address them when they appear and when that changes.
 */
class ProfileEventsTest {

    private static final CanonicalNames NO_SYNONYMS = CanonicalNames.from(List.of());

    private final ProfileEvents events = new ProfileEvents(Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"),
            ZoneOffset.UTC));

    @Test
    void aNewPersonIsAnnouncedWithTheirPlaceInTheReportingLineAndEveryMatchingAttributeTheyHave() {
        ProfileUpdated created = (ProfileUpdated) events.arrived("per-1", ana(true), NO_SYNONYMS).get(0);

        assertThat(created.employeeNumber()).isEqualTo("E-7");
        assertThat(created.managerEmployeeNumber()).isEqualTo("E-1");
        assertThat(created.changedFields()).containsExactly("employeeNumber", "department", "languages",
                "managerEmployeeNumber", "remoteOk", "timeZone");
    }

    @Test
    void aJobTitleChangeIsNobodysBusiness() {
        PersonDraft promoted = with(ana(true), "Staff engineer", "E-7", true);

        assertThat(events.changed(person(ana(true)), promoted, DeactivationReason.ADMIN, NO_SYNONYMS)).isEmpty();
    }

    @Test
    void aNewEmployeeNumberIsAMatchingRelevantChange() {
        PersonDraft renumbered = with(ana(true), "Engineer", "E-8", true);

        ProfileUpdated updated = onlyUpdate(events.changed(person(ana(true)), renumbered, DeactivationReason.ADMIN, NO_SYNONYMS));

        assertThat(updated.changedFields()).containsExactly("employeeNumber");
        assertThat(updated.employeeNumber()).isEqualTo("E-8");
    }

    /** Without ProfileReactivated, notification-service would never write to a rehired person again. */
    @Test
    void aReactivatedPersonIsAnnouncedAgainWithHowToAddressThemAndADeactivationOnlyAsSuch() {
        List<DomainEvent> back = events.changed(person(ana(false)), ana(true), DeactivationReason.ADMIN, NO_SYNONYMS);

        assertThat(back).extracting(Object::getClass).containsExactly(ProfileUpdated.class,
                ContactDetailsChanged.class, ProfileReactivated.class);
        assertThat(((ProfileUpdated) back.get(0)).changedFields())
                .contains("employeeNumber", "managerEmployeeNumber", "department");
        assertThat(back.get(2)).isEqualTo(new ProfileReactivated("per-1", "E-7", Instant.parse("2026-03-02T09:30:00Z")));

        List<DomainEvent> leaving = events.changed(person(ana(true)), ana(false), DeactivationReason.SCIM_LEAVER, NO_SYNONYMS);
        assertThat(leaving).singleElement().isInstanceOf(ProfileDeactivated.class);
    }

    @Test
    void aPersonRegisteredAgainAfterAScimDeleteIsReactivated() {
        List<DomainEvent> rehired = events.returned(person(ana(false)), ana(true), NO_SYNONYMS);

        assertThat(rehired).extracting(Object::getClass).containsExactly(ProfileUpdated.class,
                ContactDetailsChanged.class, ProfileReactivated.class);
    }

    @Test
    void aNewPersonIsAddressedInEnglishInUtcUnlessTheySayOtherwise() {
        List<DomainEvent> arrived = events.arrived("per-1", ana(true), NO_SYNONYMS);

        assertThat(arrived).hasSize(2).element(1).isEqualTo(new ContactDetailsChanged("per-1", "Ana", "Lima",
                "ana@acme.test", "en", "UTC", Instant.parse("2026-03-02T09:30:00Z")));
    }

    @Test
    void aNewEmailIsAnnouncedAsContactDetailsOnly() {
        PersonDraft p = ana(true);
        PersonDraft moved = new PersonDraft(p.employeeNumber(), p.userName(), p.externalId(), p.givenName(),
                p.familyName(), "ana.lima@acme.test", "ar", p.timeZone(), p.department(), p.jobTitle(),
                p.seniorityLevel(), p.managerEmployeeNumber(), p.location(), p.remoteOk(), p.languages(), p.skills(),
                p.interests(), p.values(), p.active());

        List<DomainEvent> changed = events.changed(person(p), moved, DeactivationReason.ADMIN, NO_SYNONYMS);

        assertThat(changed).singleElement().isInstanceOfSatisfying(ContactDetailsChanged.class, contact -> {
            assertThat(contact.email()).isEqualTo("ana.lima@acme.test");
            assertThat(contact.locale()).isEqualTo("ar");
            assertThat(contact.givenName()).isEqualTo("Ana");
        });
    }

    @Test
    void aNewDepartmentIsNoContactDetailButANewTimeZoneIsBoth() {
        PersonDraft p = ana(true);
        PersonDraft transferred = new PersonDraft(p.employeeNumber(), p.userName(), p.externalId(), p.givenName(),
                p.familyName(), p.email(), p.locale(), p.timeZone(), "Finance", p.jobTitle(), p.seniorityLevel(),
                p.managerEmployeeNumber(), p.location(), p.remoteOk(), p.languages(), p.skills(), p.interests(),
                p.values(), p.active());
        PersonDraft relocated = new PersonDraft(p.employeeNumber(), p.userName(), p.externalId(), p.givenName(),
                p.familyName(), p.email(), p.locale(), "Africa/Casablanca", p.department(), p.jobTitle(),
                p.seniorityLevel(), p.managerEmployeeNumber(), p.location(), p.remoteOk(), p.languages(), p.skills(),
                p.interests(), p.values(), p.active());

        assertThat(onlyUpdate(events.changed(person(p), transferred, DeactivationReason.ADMIN, NO_SYNONYMS))
                .changedFields()).containsExactly("department");
        assertThat(events.changed(person(p), relocated, DeactivationReason.ADMIN, NO_SYNONYMS))
                .extracting(Object::getClass).containsExactly(ProfileUpdated.class, ContactDetailsChanged.class);
    }

    private static ProfileUpdated onlyUpdate(List<DomainEvent> published) {
        assertThat(published).singleElement().isInstanceOf(ProfileUpdated.class);
        return (ProfileUpdated) published.get(0);
    }

    private static Person person(PersonDraft profile) {
        return new Person("per-1", 3, profile);
    }

    private static PersonDraft ana(boolean active) {
        return with(new PersonDraft("E-7", null, null, "Ana", "Lima", "ana@acme.test", null, null, "IT", "Engineer",
                null, "E-1", null, null, List.of("fr"), null, null, null, null), "Engineer", "E-7", active);
    }

    private static PersonDraft with(PersonDraft p, String jobTitle, String employeeNumber, boolean active) {
        return new PersonDraft(employeeNumber, p.userName(), p.externalId(), p.givenName(), p.familyName(), p.email(),
                p.locale(), p.timeZone(), p.department(), jobTitle, p.seniorityLevel(), p.managerEmployeeNumber(),
                p.location(), p.remoteOk(), p.languages(), p.skills(), p.interests(), p.values(), active)
                .withDefaults();
    }
}
