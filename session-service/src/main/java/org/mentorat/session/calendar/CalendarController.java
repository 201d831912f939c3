package org.mentorat.session.calendar;

import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.model.Calendar;
import org.mentorat.invites.Invites;
import org.mentorat.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session's invite and the personal feed. The feed takes no bearer token (calendar apps cannot
 * send one): {@link CalendarSecurity} lets it through, and its token is the only credential.
 */
@RestController
@RequestMapping("/api/v1")
class CalendarController {

    private final CalendarFeeds calendars;

    CalendarController(CalendarFeeds calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/sessions/{id}/invite.ics")
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
    ResponseEntity<byte[]> invite(@PathVariable String id, Caller caller) {
        return ics(calendars.invite(caller, id), "session-" + id + ".ics");
    }

    @PostMapping("/calendar/token")
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
    ResponseEntity<FeedToken> rotate(Caller caller) {
        String token = calendars.rotate(caller);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new FeedToken(token, "/api/v1/calendar/" + token + ".ics"));
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return ics(calendars.feed(token), "mentorat.ics");
    }

    private static ResponseEntity<byte[]> ics(Calendar calendar, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Invites.contentType(calendar)))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(Invites.text(calendar).getBytes(StandardCharsets.UTF_8));
    }

    /** The feed's token, shown this once, and the path to subscribe to. */
    record FeedToken(String token, String path) {
    }
}
