package org.mentorat.matching.match;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

@Service
public class Matches {

    private static final int ACCEPT_ATTEMPTS = 3;

    private final AggregateStore matches;
    private final Clock clock;

    Matches(@Qualifier("matchStore") AggregateStore matches, Clock clock) {
        this.matches = matches;
        this.clock = clock;
    }

    public boolean exists(String tenantId, String matchId) {
        return matches.find(tenantId, matchId).isPresent();
    }

    /** Creates the match and its MatchProposed event, once; a repeat is a no-op. */
    public void proposeOnce(String tenantId, String matchId, String programId, String mentorId, String menteeId,
            double score, List<String> reasons) {
        Match match = Match.proposed(matchId, programId, mentorId, menteeId, score, reasons);
        DuplicateKeys.insertOnce(() -> matches.insert(tenantId, matchId, match.toDocument(),
                match.proposalEvents(clock.instant())));
    }

    Match get(Caller caller, String matchId) {
        Match match = matches.find(caller.tenantId(), matchId).map(Match::fromDocument)
                .orElseThrow(() -> new ResourceNotFoundException("match", matchId));
        if (!caller.isAdmin() && !match.involves(caller.subject())) {
            throw new ResourceNotFoundException("match", matchId);
        }
        return match;
    }

    /** Retries on a concurrent change (the other side accepting at the same moment). */
    Match accept(Caller caller, String matchId) {
        for (int attempt = 0; attempt < ACCEPT_ATTEMPTS; attempt++) {
            Match current = get(caller, matchId);
            Match.Decision decision = current.accept(caller, clock.instant());
            Match next = decision.match();
            boolean stored = matches.update(caller.tenantId(), matchId, current.version(), Updates.combine(
                    Updates.set("status", next.status().name()),
                    Updates.set("mentorAccepted", next.mentorAccepted()),
                    Updates.set("menteeAccepted", next.menteeAccepted())), decision.events());
            if (stored) {
                return next;
            }
        }
        throw new ConflictException("concurrent-change", "Match " + matchId + " changed meanwhile; try again.");
    }

    List<Match> list(Caller caller, String personId, String programId) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(AggregateStore.TENANT, caller.tenantId()));
        String person = caller.isAdmin() ? personId : caller.subject();
        if (person != null) {
            filters.add(or(eq("mentorId", person), eq("menteeId", person)));
        }
        if (programId != null) {
            filters.add(eq("programId", programId));
        }
        return matches.collection().find(and(filters)).sort(Sorts.descending("_id")).limit(200)
                .map(Match::fromDocument).into(new ArrayList<>());
    }
}
