package org.mentorat.session.meeting;

import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.session.mentorship.MeetingFormat;
import org.springframework.stereotype.Component;

/**
 * Checks a session's start, time zone, place and repetition, together with the body's annotated
 * rules, so that one 400 names every field at fault. Nothing is written before all of it passed.
 */
@Component
class PlanValidation {

    static final int MAX_SERIES = 26;

    private final Validator validator;
    private final Clock clock;

    PlanValidation(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The plan of every session the request creates: one, or each of a series in order. */
    List<SessionPlan> plans(ScheduleSessionRequest request) {
        List<FieldError> errors = violations(request);
        String zone = request.start() == null && request.timeZone() == null ? "UTC" : request.timeZone();
        Instant first = request.start() == null ? request.startsAt() : startOf(request.start(), zone, errors);
        if (request.start() == null && request.startsAt() == null) {
            errors.add(new FieldError("start", "is required"));
        }
        String location = location(request.format(), request.location(), errors);
        List<Instant> starts = starts(request.repeat(), first, zone, errors);
        throwIfAny(errors);
        String agenda = blankToNull(request.agenda());
        return starts.stream().map(start -> new SessionPlan(start, request.durationMinutes(), agenda, zone,
                request.format(), location)).toList();
    }

    /** The new start, zone and length of a session being moved. */
    SessionPlan moved(RescheduleRequest request, SessionPlan current) {
        List<FieldError> errors = violations(request);
        String zone = request.timeZone() == null ? current.timeZone() : request.timeZone();
        Instant start = request.start() == null ? null : startOf(request.start(), zone, errors);
        if (request.start() == null) {
            errors.add(new FieldError("start", "is required"));
        }
        throwIfAny(errors);
        int minutes = request.durationMinutes() == null ? current.durationMinutes() : request.durationMinutes();
        return current.movedTo(start, minutes, zone);
    }

    private Instant startOf(LocalDateTime start, String zone, List<FieldError> errors) {
        if (zone == null) {
            errors.add(new FieldError("timeZone", "is required with start: an IANA time zone such as Europe/Paris"));
            return null;
        }
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            errors.add(new FieldError("timeZone", "is not an IANA time zone such as Europe/Paris"));
            return null;
        }
        Instant instant = start.atZone(ZoneId.of(zone)).toInstant();
        if (!instant.isAfter(clock.instant())) {
            errors.add(new FieldError("start", "must be in the future"));
            return null;
        }
        return instant;
    }

    private static String location(MeetingFormat format, String given, List<FieldError> errors) {
        String location = blankToNull(given);
        if (format == MeetingFormat.IN_PERSON && location == null) {
            errors.add(new FieldError("location", "is required for an in-person session: say where to meet"));
        }
        if ((format == null || format == MeetingFormat.VIDEO) && location != null && !isHttpsLink(location)) {
            errors.add(new FieldError("location", "must be an https link for a video session"));
        }
        return location;
    }

    private static boolean isHttpsLink(String text) {
        try {
            URI link = new URI(text);
            return "https".equalsIgnoreCase(link.getScheme()) && link.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * The starts of a series (none when the first is unknown), stepped on the organiser's wall clock.
     * Its shape is checked in any case. The cadence is the request's or, left out, the one the pair
     * agreed on (see {@link ScheduleSessionRequest#orAgreedIn}); with neither it is required.
     */
    private static List<Instant> starts(ScheduleSessionRequest.Repeat repeat, Instant first, String zone,
            List<FieldError> errors) {
        if (repeat == null) {
            return first == null ? List.of() : List.of(first);
        }
        if (repeat.cadence() == null) {
            errors.add(new FieldError("repeat.cadence",
                    "is required until the pair's agreement settles one: WEEKLY, EVERY_TWO_WEEKS or MONTHLY"));
            return List.of();
        }
        if ((repeat.count() == null) == (repeat.until() == null)) {
            errors.add(new FieldError("repeat.count", "give one of count (2 to 26) and until"));
            return List.of();
        }
        if (first == null) {
            return List.of();
        }
        LocalDateTime local = first.atZone(ZoneId.of(zone)).toLocalDateTime();
        List<Instant> starts = new ArrayList<>();
        for (int index = 0; index < MAX_SERIES + 1; index++) {
            LocalDateTime next = repeat.cadence().occurrence(local, index);
            boolean wanted = repeat.count() != null ? index < repeat.count()
                    : !next.toLocalDate().isAfter(repeat.until());
            if (!wanted) {
                break;
            }
            starts.add(next.atZone(ZoneId.of(zone)).toInstant());
        }
        if (repeat.until() != null && (starts.size() < 2 || starts.size() > MAX_SERIES)) {
            errors.add(new FieldError("repeat.until", "must leave room for 2 to 26 sessions"));
        }
        return starts;
    }

    private <T> List<FieldError> violations(T body) {
        Set<jakarta.validation.ConstraintViolation<T>> violations = validator.validate(body);
        return new ArrayList<>(violations.stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.stream().sorted(Comparator.comparing(FieldError::field)).toList());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
