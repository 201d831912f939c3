package org.mentorat.notification.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mentorat.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox; no role is needed because nobody can reach anyone else's. */
@RestController
@RequestMapping("/api/v1/notifications")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/me")
    InboxPage mine(Caller caller,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.of(caller, unread, page, size);
    }

    /** Idempotent: reading a read notification answers the same, with its first read time. */
    @PostMapping("/{id}/read")
    NotificationResponse read(@PathVariable String id, Caller caller) {
        return NotificationResponse.of(inbox.markRead(caller, id));
    }
}
