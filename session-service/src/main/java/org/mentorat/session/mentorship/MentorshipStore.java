package org.mentorat.session.mentorship;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/** Mentorships: state plus outbox, mapped from the record, always read and written within one tenant. */
@Component
class MentorshipStore {

    private static final List<String> OPEN = List.of(MentorshipStatus.ACTIVE.name(), MentorshipStatus.PAUSED.name());

    private final RecordStore<Mentorship> mentorships;

    MentorshipStore(RecordStore<Mentorship> mentorships) {
        this.mentorships = mentorships;
        // a second line of defence behind the derived _id: one mentorship per match and tenant
        mentorships.index("tenant_match", ascending("tenantId", "matchId"), true);
        mentorships.index("matches", ascending("tenantId", "matchIds"), false);
        mentorships.index("mentor", ascending("tenantId", "mentorId"), false);
        mentorships.index("mentee", ascending("tenantId", "menteeIds"), false);
        mentorships.index("program", ascending("tenantId", "programId"), false);
        mentorships.index("due_end", ascending("status", "plannedEnd"), false);
        mentorships.index("due_resume", ascending("status", "pause.resumeOn"), false);
    }

    /** @return false when the mentorship already exists (a redelivered event): nothing was written */
    boolean insertOnce(Changed<Mentorship> opened) {
        return mentorships.insertOnce(opened);
    }

    Changed<Mentorship> decide(Supplier<Mentorship> load, Function<Mentorship, Changed<Mentorship>> decision) {
        return mentorships.decide(load, decision);
    }

    /**
     * Lets the mentorship decide on its latest state and stores the outcome, unless the decision
     * changed nothing (same state, no events): then nothing is written, so a redelivered or
     * replayed event leaves even the version as it was.
     *
     * @return the new state, empty when nothing changed
     */
    Optional<Mentorship> decideIfChanging(String tenantId, String id,
            Function<Mentorship, Changed<Mentorship>> decision) {
        try {
            return Optional.of(mentorships.decide(() -> find(tenantId, id).orElseThrow(), current -> {
                Changed<Mentorship> changed = decision.apply(current);
                if (changed.events().isEmpty() && changed.state().equals(current)) {
                    throw new NothingToChange();
                }
                return changed;
            }).state());
        } catch (NothingToChange unchanged) {
            return Optional.empty();
        }
    }

    Optional<Mentorship> find(String tenantId, String id) {
        return mentorships.find(tenantId, id);
    }

    Optional<Mentorship> holdingMatch(String tenantId, String matchId) {
        return mentorships.list(tenantId, eq("matchIds", matchId), null, 0, 1).stream().findFirst();
    }

    List<Mentorship> openOfPerson(String tenantId, String personId) {
        return mentorships.list(tenantId, and(in("status", OPEN), ofPerson(personId)));
    }

    List<Mentorship> openInProgram(String tenantId, String programId) {
        return mentorships.list(tenantId, and(in("status", OPEN), eq("programId", programId)));
    }

    /** Every mentorship the person is or was in, or wrote in: a mentee who left a group keeps their words there. */
    List<Mentorship> writtenInBy(String tenantId, String personId, int skip, int limit) {
        return mentorships.list(tenantId, or(ofPerson(personId), eq("agreement.sides.personId", personId),
                eq("surveys.respondentId", personId)), Sorts.ascending("_id"), skip, limit);
    }

    /** Open mentorships of every tenant whose planned end has come, as (tenant, id) pairs. */
    List<Due> dueToComplete(LocalDate today, int limit) {
        return due(and(in("status", OPEN), lte("plannedEnd", today)), limit);
    }

    List<Due> dueToResume(LocalDate today, int limit) {
        return due(and(eq("status", MentorshipStatus.PAUSED.name()), lte("pause.resumeOn", today)), limit);
    }

    List<Mentorship> search(String tenantId, MentorshipSearch search) {
        return mentorships.list(tenantId, filterOf(search), Sorts.descending("startedAt", "_id"), search.skip(),
                search.size());
    }

    long count(String tenantId, MentorshipSearch search) {
        return mentorships.count(tenantId, filterOf(search));
    }

    record Due(String tenantId, String id) {
    }

    /** Ends a decision that would write nothing; never escapes this class. */
    private static final class NothingToChange extends RuntimeException {

        NothingToChange() {
            super(null, null, false, false);
        }
    }

    private List<Due> due(Bson filter, int limit) {
        return mentorships.documents().find(filter).projection(Projections.include("tenantId"))
                .sort(Sorts.ascending("_id")).limit(limit)
                .map(document -> new Due(document.getString("tenantId"), document.getString("_id")))
                .into(new ArrayList<>());
    }

    private static Bson ofPerson(String personId) {
        return or(eq("mentorId", personId), eq("menteeIds", personId));
    }

    private static Bson filterOf(MentorshipSearch search) {
        List<Bson> filters = new ArrayList<>();
        if (search.personId() != null) {
            filters.add(ofPerson(search.personId()));
        }
        if (search.programId() != null) {
            filters.add(eq("programId", search.programId()));
        }
        if (search.status() != null) {
            filters.add(eq("status", search.status().name()));
        }
        return filters.isEmpty() ? null : and(filters);
    }
}
