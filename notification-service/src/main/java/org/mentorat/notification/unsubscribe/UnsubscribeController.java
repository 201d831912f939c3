package org.mentorat.notification.unsubscribe;

import java.util.List;
import org.mentorat.notification.message.Category;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.Problems;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: the mail client posts {@code List-Unsubscribe=One-Click} to the
 * link of the mail's {@code List-Unsubscribe} header, without a bearer token (the signed token in
 * the path is the credential), and the person is opted out of that mail's category.
 */
@RestController
class UnsubscribeController {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeController.class);
    private static final String FIELD = "List-Unsubscribe";

    private final UnsubscribeLinks links;
    private final ObjectProvider<CategoryOptOut> optOut;

    UnsubscribeController(UnsubscribeLinks links, ObjectProvider<CategoryOptOut> optOut) {
        this.links = links;
        this.optOut = optOut;
    }

    @PostMapping(path = UnsubscribeLinks.PATH + "{token}",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<?> unsubscribe(@PathVariable String token, @RequestParam(name = FIELD, required = false) String click) {
        if (!"One-Click".equals(click)) {
            throw new InvalidRequestException(List.of(new FieldError(FIELD, "must be One-Click (RFC 8058)")));
        }
        UnsubscribeToken unsubscribe = links.verify(token)
                .orElseThrow(() -> new ResourceNotFoundException("unsubscribe link", "given"));
        CategoryOptOut preferences = optOut.getIfAvailable();
        if (preferences == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "unavailable", "Unsubscribing is not available yet; please use your notification preferences."));
        }
        preferences.optOut(unsubscribe.tenantId(), unsubscribe.personId(), unsubscribe.category());
        log.info("opted out by one click tenant={} aggregate={} category={}", unsubscribe.tenantId(),
                unsubscribe.personId(), unsubscribe.category());
        return ResponseEntity.ok(new Unsubscribed(unsubscribe.category(), true));
    }

    record Unsubscribed(Category category, boolean optedOut) {
    }
}
