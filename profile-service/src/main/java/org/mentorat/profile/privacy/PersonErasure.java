package org.mentorat.profile.privacy;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.imports.ImportRows;
import org.mentorat.profile.enrollment.EnrollmentErasure;
import org.mentorat.profile.people.People;
import org.mentorat.profile.questionnaire.Questionnaires;
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

    private final Erasures erasures;
    private final People people;
    private final ImportRows importRows;
    private final Questionnaires questionnaires;
    private final EnrollmentErasure enrollmentErasure;
    private final PrivacyProperties properties;

    PersonErasure(Erasures erasures, People people, ImportRows importRows, Questionnaires questionnaires,
            EnrollmentErasure enrollmentErasure, PrivacyProperties properties) {
        this.erasures = erasures;
        this.people = people;
        this.importRows = importRows;
        this.questionnaires = questionnaires;
        this.enrollmentErasure = enrollmentErasure;
        this.properties = properties;
    }

    /** @return the erasure, and whether this request opened it (false when it was already requested) */
    Erasures.Opened request(Caller caller, String personId) {
        if (!caller.mayActFor(personId)) {
            throw new ForbiddenException("Only an administrator or the person themself may request an erasure.");
        }
        var existing = erasures.forPerson(caller.tenantId(), personId);
        if (existing.isPresent()) {
            return new Erasures.Opened(finish(caller.tenantId(), existing.get()), false);
        }
        people.findHeld(caller.tenantId(), personId)
                .orElseThrow(() -> new ResourceNotFoundException("person", personId));
        Erasures.Opened opened = erasures.open(caller.tenantId(), personId, caller.subject(), expectedServices());
        log.info("erasure {} tenant={} requested for person {}", opened.erasure().id(), caller.tenantId(), personId);
        return new Erasures.Opened(finish(caller.tenantId(), opened.erasure()), opened.created());
    }

    Erasure view(Caller caller, String erasureId) {
        return erasures.find(caller.tenantId(), erasureId).filter(erasure -> caller.mayActFor(erasure.personId()))
                .orElseThrow(() -> new ResourceNotFoundException("erasure", erasureId));
    }

    /** Finishes what a crash may have interrupted before this instance started. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        erasures.awaiting(SELF).forEach(document -> {
            Erasure erasure = Erasure.fromDocument(document);
            log.info("resuming erasure {} tenant={}", erasure.id(), document.getString("tenantId"));
            try {
                finish(document.getString("tenantId"), erasure);
            } catch (RuntimeException e) {
                log.warn("erasure {} could not be resumed now; repeating the request finishes it: {}",
                        erasure.id(), e.toString());
            }
        });
    }

    private Erasure finish(String tenantId, Erasure erasure) {
        people.findHeld(tenantId, erasure.personId()).ifPresent(person -> {
            long forgotten = importRows.forget(tenantId, person.profile().employeeNumber());
            log.info("erasure {} tenant={}: {} import rows forgotten", erasure.id(), tenantId, forgotten);
            questionnaires.erase(tenantId, erasure.personId());
            long enrolments = enrollmentErasure.erase(tenantId, erasure.personId());
            log.info("erasure {} tenant={}: {} enrolments erased", erasure.id(), tenantId, enrolments);
        });
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
