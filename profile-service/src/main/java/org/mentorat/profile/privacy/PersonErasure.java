package org.mentorat.profile.privacy;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Erases a person here and starts their erasure everywhere else.
 *
 * <p>No transaction spans the documents involved, so the steps go in an order that a retry can
 * always finish: (1) the erasure record, which remembers the request; (2) the import rows that
 * name the person's employee number, while that number is still known, and their questionnaire
 * answers; (3) the person's
 * tombstone together with ProfileErasureRequested, in one write on the person's document; (4)
 * profile-service's own confirmation together with its ErasureCompleted receipt, in one write on
 * the erasure record. Every step is idempotent and checks whether it already happened, so a crash
 * anywhere is finished by repeating the request, or at the next start of the service.
 */
@Service
class PersonErasure {

    static final String SELF = "profile-service";
    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final ErasureStore erasures;
    private final People people;
    private final PersonalRecords records;
    private final PrivacyProperties properties;

    PersonErasure(ErasureStore erasures, People people, PersonalRecords records, PrivacyProperties properties) {
        this.erasures = erasures;
        this.people = people;
        this.records = records;
        this.properties = properties;
    }

    /** @return the erasure, and whether this request opened it (false when it was already requested) */
    Erasure.Opened request(Caller caller, String personId) {
        if (!caller.mayActFor(personId)) {
            throw new ForbiddenException("Only an administrator or the person themself may request an erasure.");
        }
        var existing = erasures.forPerson(caller.tenantId(), personId);
        if (existing.isPresent()) {
            return new Erasure.Opened(finish(caller.tenantId(), existing.get()), false);
        }
        people.findHeld(caller.tenantId(), personId)
                .orElseThrow(() -> new ResourceNotFoundException("person", personId));
        Erasure.Opened opened = erasures.open(caller.tenantId(), personId, caller.subject(), expectedServices());
        log.info("erasure {} tenant={} requested for person {}", opened.erasure().id(), caller.tenantId(), personId);
        return new Erasure.Opened(finish(caller.tenantId(), opened.erasure()), opened.created());
    }

    Erasure view(Caller caller, String erasureId) {
        return erasures.find(caller.tenantId(), erasureId).filter(erasure -> caller.mayActFor(erasure.personId()))
                .orElseThrow(() -> new ResourceNotFoundException("erasure", erasureId));
    }

    /** Finishes what a crash may have interrupted before this instance started. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        erasures.awaiting(SELF).forEach(erasure -> {
            log.info("resuming erasure {} tenant={}", erasure.id(), erasure.tenantId());
            try {
                finish(erasure.tenantId(), erasure);
            } catch (RuntimeException e) {
                log.warn("erasure {} could not be resumed now; repeating the request finishes it: {}",
                        erasure.id(), e.toString());
            }
        });
    }

    private Erasure finish(String tenantId, Erasure erasure) {
        people.findHeld(tenantId, erasure.personId())
                .ifPresent(person -> records.erase(tenantId, erasure.id(), person));
        if (people.erase(tenantId, erasure.personId(), erasure.id())) {
            log.info("erasure {} tenant={}: person {} erased", erasure.id(), tenantId, erasure.personId());
        }
        if (erasure.awaits(SELF)) {
            erasures.confirmOwn(tenantId, erasure, SELF);
        }
        return erasures.find(tenantId, erasure.id()).orElseThrow();
    }

    private List<String> expectedServices() {
        List<String> services = new ArrayList<>(properties.erasureServices());
        if (!services.contains(SELF)) {
            services.addFirst(SELF);
        }
        return List.copyOf(services);
    }
}
