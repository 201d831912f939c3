package org.mentorat.notification.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.Identifiers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox; no role is needed because nobody can reach anyone else's. */
@RestController
@Tag(name = "Inbox", description = "The caller's in-app notifications.")
@RequestMapping("/api/v1/notifications")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/me")
    @Operation(operationId = "listMyNotifications", summary = "List my notifications",
            description = "The caller's in-app notifications, newest first, a page at a time; `unread=true` keeps "
                    + "the unread ones. The page also counts all unread notifications.")
    InboxPage mine(Caller caller,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(InboxPage.MAX_SIZE) int size) {
        return inbox.of(caller, unread, page, size);
    }

    /** Idempotent: reading a read notification answers the same, with its first read time. */
    @PostMapping("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
            description = "Marks one of the caller's notifications read. Idempotent: marking it again answers the "
                    + "same, with the time it was first read.")
    NotificationResponse read(@PathVariable @Size(max = Identifiers.MAX_LENGTH) String id, Caller caller) {
        return NotificationResponse.of(inbox.markRead(caller, id));
    }
}
