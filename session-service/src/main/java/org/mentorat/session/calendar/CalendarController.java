package org.mentorat.session.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
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
@Tag(name = "Calendar", description = "iCalendar invites of sessions and each person's calendar feed.")
@RequestMapping("/api/v1")
class CalendarController {

    /** A feed holds a person's sessions of the last and next months: well below this. */
    static final int MAX_CALENDAR_LENGTH = 10_000_000;

    private final CalendarFeeds calendars;

    CalendarController(CalendarFeeds calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/sessions/{id}/invite.ics")
    @Operation(operationId = "getSessionInvite", summary = "Download a session's invite",
            description = "The session's iCalendar invite (RFC 5545), the same event the participants were mailed.")
    @ApiResponse(responseCode = "200", description = "An iCalendar object", content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = "string", maxLength = MAX_CALENDAR_LENGTH)))
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
    ResponseEntity<byte[]> invite(@PathVariable String id, Caller caller) {
        return ics(calendars.invite(caller, id), "session-" + id + ".ics");
    }

    @PostMapping("/calendar/token")
    @Operation(operationId = "rotateCalendarFeedToken", summary = "Get a new calendar feed link",
            description = "Makes a new secret link to the caller's calendar feed, shown this once; the previous link stops working.")
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
    ResponseEntity<FeedToken> rotate(Caller caller) {
        String token = calendars.rotate(caller);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new FeedToken(token, "/api/v1/calendar/" + token + ".ics"));
    }

    @GetMapping("/calendar/{token}.ics")
    @Operation(operationId = "getCalendarFeed", summary = "Read a calendar feed",
            description = "The person's sessions as an iCalendar feed for calendar apps. No bearer token (calendar apps cannot send one): the secret token in the path is the credential; an unknown one is 404.")
    @ApiResponse(responseCode = "200", description = "An iCalendar object", content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = "string", maxLength = MAX_CALENDAR_LENGTH)))
    @SecurityRequirements
    ResponseEntity<byte[]> feed(@PathVariable @Size(max = FeedToken.MAX_TOKEN) String token) {
        return ics(calendars.feed(token), "mentorat.ics");
    }

    private static ResponseEntity<byte[]> ics(Calendar calendar, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Invites.contentType(calendar)))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(Invites.text(calendar).getBytes(StandardCharsets.UTF_8));
    }

    /** The feed's token, shown this once, and the path to subscribe to. */
    record FeedToken(@Schema(maxLength = MAX_TOKEN) String token,
            @Schema(maxLength = MAX_TOKEN + 30, format = "uri-reference") String path) {

        /** 32 random bytes in unpadded base64url are 43 characters. */
        static final int MAX_TOKEN = 64;
    }
}
