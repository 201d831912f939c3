package org.mentorat.notification.message;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.notification.message.Email.Fact;
import org.mentorat.notification.message.Email.Link;

/** The labelled facts an email lists: a session's when and where, a goal's date, a program's figures. */
final class FactSheets {

    private FactSheets() {
    }

    static List<Fact> session(Wording w, MessageArguments a) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(w.say("fact.when"), w.say("fact.when.value")));
        if (a.previousSessionStart() != null) {
            facts.add(new Fact(w.say("fact.previous"), w.say("fact.previous.value")));
        }
        facts.add(new Fact(w.say("fact.zone"), w.say("fact.zone.value")));
        if (a.sessionDuration() != null && a.sessionDuration().isPositive()) {
            facts.add(new Fact(w.say("fact.duration"), w.say("fact.duration.value")));
        }
        if (a.sessionFormat() != null) {
            facts.add(new Fact(w.say("fact.format"), w.say("fact.format.value")));
        }
        if (a.sessionLocation() != null && !a.sessionLocation().isBlank()) {
            String where = w.say("fact.where.value");
            String url = Link.isWebAddress(a.sessionLocation()) ? a.sessionLocation().strip() : null;
            facts.add(new Fact(w.say("fact.where"), where, url));
        }
        return facts;
    }

    static List<Fact> goal(Wording w, boolean named) {
        List<Fact> facts = new ArrayList<>();
        if (named) {
            facts.add(new Fact(w.say("fact.goal"), w.say("fact.goal.value")));
        }
        facts.add(new Fact(w.say("fact.target"), w.say("fact.target.value")));
        facts.add(new Fact(w.say("fact.daysLeft"), w.say("fact.daysLeft.value")));
        return facts;
    }

    static List<Fact> digest(Wording w) {
        return List.of(new Fact(w.say("digest.active"), w.say("digest.active.value")),
                new Fact(w.say("digest.stalled"), w.say("digest.stalled.value")),
                new Fact(w.say("digest.sessions"), w.say("digest.sessions.value")),
                new Fact(w.say("digest.hours"), w.say("digest.hours.value")),
                new Fact(w.say("digest.rating"), w.say("digest.rating.value")),
                new Fact(w.say("digest.matches"), w.say("digest.matches.value")));
    }
}
