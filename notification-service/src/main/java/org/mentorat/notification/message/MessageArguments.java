package org.mentorat.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a message says about its situation: who, with whom, when, where, and where its buttons lead.
 * Build it with {@link #builder()}; a kind reads only what it needs, and {@link Messages#render} names
 * the argument a kind needs but did not get. Texts (names, reasons, goal titles) are plain text: the
 * messages escape them. Instants are shown in the recipient's zone.
 *
 * @param recipientName how the recipient is greeted (their display name); always needed
 * @param counterpartNames the other people of the match, mentorship or session (several in a group session)
 * @param programName the mentoring program; always needed
 * @param sessionStart when the session starts (session kinds; optional in MENTORSHIP_STARTED: a suggested
 *     first session)
 * @param sessionDuration how long it lasts, null if unknown
 * @param sessionFormat how they meet, null if not agreed
 * @param sessionLocation the place, or the video link (shown as a link when it is an http(s) URL), null if none
 * @param previousSessionStart SESSION_RESCHEDULED: when it was before, null if unknown
 * @param reminderOffset SESSION_REMINDER: how long before the start it arrives (PT24H → "in 24 hours"); when
 *     quiet hours move a reminder, pass the moved offset
 * @param lastSessionAt MENTORSHIP_STALLED: when the pair last met, null if they never did
 * @param reasons MATCH_PROPOSED: the explanation's top reasons, already written for people
 * @param goalTitle GOAL_DUE: the goal
 * @param goalTargetDate GOAL_DUE: its target date
 * @param deliveredAt when the message reaches its recipient (its due time): "days left" count from it;
 *     null means the moment it is rendered
 * @param digest PROGRAM_DIGEST: the figures of the period
 * @param actionUrl the button: accept the match, confirm the agreement, open the session, give feedback,
 *     plan a session, update the goal, take the survey, open the program report; no button when null
 * @param secondaryUrl the link under the button: decline the match (MATCH_PROPOSED), schedule the first
 *     session (MENTORSHIP_STARTED); ignored by other kinds
 * @param preferencesUrl where the recipient manages their notifications (footer)
 * @param unsubscribeUrl one-click opt-out of this kind's category (footer); null for a mandatory category
 */
public record MessageArguments(String recipientName, List<String> counterpartNames, String programName,
        Instant sessionStart, Duration sessionDuration, SessionFormat sessionFormat, String sessionLocation,
        Instant previousSessionStart, Duration reminderOffset, Instant lastSessionAt, List<String> reasons,
        String goalTitle, LocalDate goalTargetDate, Instant deliveredAt, DigestFigures digest,
        String actionUrl, String secondaryUrl, String preferencesUrl, String unsubscribeUrl) {

    public MessageArguments {
        counterpartNames = counterpartNames == null ? List.of() : List.copyOf(counterpartNames);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these arguments, e.g. to write the same notice to the other participant. */
    public Builder toBuilder() {
        return builder().recipientName(recipientName).counterpartNames(counterpartNames).programName(programName)
                .sessionStart(sessionStart).sessionDuration(sessionDuration).sessionFormat(sessionFormat)
                .sessionLocation(sessionLocation).previousSessionStart(previousSessionStart)
                .reminderOffset(reminderOffset).lastSessionAt(lastSessionAt).reasons(reasons)
                .goal(goalTitle, goalTargetDate).deliveredAt(deliveredAt).digest(digest)
                .actionUrl(actionUrl).secondaryUrl(secondaryUrl).preferencesUrl(preferencesUrl)
                .unsubscribeUrl(unsubscribeUrl);
    }

    /** Collects the arguments one at a time; every one is optional until a kind needs it. */
    public static final class Builder {
        private String recipientName;
        private List<String> counterpartNames = List.of();
        private String programName;
        private Instant sessionStart;
        private Duration sessionDuration;
        private SessionFormat sessionFormat;
        private String sessionLocation;
        private Instant previousSessionStart;
        private Duration reminderOffset;
        private Instant lastSessionAt;
        private List<String> reasons = List.of();
        private String goalTitle;
        private LocalDate goalTargetDate;
        private Instant deliveredAt;
        private DigestFigures digest;
        private String actionUrl;
        private String secondaryUrl;
        private String preferencesUrl;
        private String unsubscribeUrl;

        private Builder() {
        }

        public Builder recipientName(String name) {
            this.recipientName = name;
            return this;
        }

        public Builder counterpartNames(List<String> names) {
            this.counterpartNames = names;
            return this;
        }

        public Builder counterpartNames(String... names) {
            return counterpartNames(Arrays.asList(names));
        }

        public Builder programName(String name) {
            this.programName = name;
            return this;
        }

        /** The session's start, duration, format and place at once, as session events carry them. */
        public Builder session(Instant start, Duration duration, SessionFormat format, String location) {
            return sessionStart(start).sessionDuration(duration).sessionFormat(format).sessionLocation(location);
        }

        public Builder sessionStart(Instant start) {
            this.sessionStart = start;
            return this;
        }

        public Builder sessionDuration(Duration duration) {
            this.sessionDuration = duration;
            return this;
        }

        public Builder sessionFormat(SessionFormat format) {
            this.sessionFormat = format;
            return this;
        }

        public Builder sessionLocation(String location) {
            this.sessionLocation = location;
            return this;
        }

        public Builder previousSessionStart(Instant start) {
            this.previousSessionStart = start;
            return this;
        }

        public Builder reminderOffset(Duration offset) {
            this.reminderOffset = offset;
            return this;
        }

        public Builder lastSessionAt(Instant at) {
            this.lastSessionAt = at;
            return this;
        }

        public Builder reasons(List<String> reasons) {
            this.reasons = reasons;
            return this;
        }

        public Builder goal(String title, LocalDate targetDate) {
            this.goalTitle = title;
            this.goalTargetDate = targetDate;
            return this;
        }

        public Builder deliveredAt(Instant at) {
            this.deliveredAt = at;
            return this;
        }

        public Builder digest(DigestFigures figures) {
            this.digest = figures;
            return this;
        }

        public Builder actionUrl(String url) {
            this.actionUrl = url;
            return this;
        }

        public Builder secondaryUrl(String url) {
            this.secondaryUrl = url;
            return this;
        }

        public Builder preferencesUrl(String url) {
            this.preferencesUrl = url;
            return this;
        }

        public Builder unsubscribeUrl(String url) {
            this.unsubscribeUrl = url;
            return this;
        }

        public MessageArguments build() {
            return new MessageArguments(recipientName, counterpartNames, programName, sessionStart,
                    sessionDuration, sessionFormat, sessionLocation, previousSessionStart, reminderOffset,
                    lastSessionAt, reasons, goalTitle, goalTargetDate, deliveredAt, digest, actionUrl,
                    secondaryUrl, preferencesUrl, unsubscribeUrl);
        }
    }
}
