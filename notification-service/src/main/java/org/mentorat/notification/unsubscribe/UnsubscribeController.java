package org.mentorat.notification.unsubscribe;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
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
@Tag(name = "Notification preferences")
class UnsubscribeController {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeController.class);
    private static final String FIELD = "List-Unsubscribe";
    /** Longer than any token the links carry (tenant, person, category, signature). */
    private static final int MAX_TOKEN = 1024;

    private final UnsubscribeLinks links;
    private final ObjectProvider<CategoryOptOut> optOut;

    UnsubscribeController(UnsubscribeLinks links, ObjectProvider<CategoryOptOut> optOut) {
        this.links = links;
        this.optOut = optOut;
    }

    @Operation(operationId = "unsubscribeByOneClick", summary = "Unsubscribe in one click (RFC 8058)",
            description = "What a mail client posts to the `List-Unsubscribe` link of a Mentorat mail: "
                    + "`List-Unsubscribe=One-Click` as a form. Opts the person out of that mail's category. No bearer "
                    + "token: the signed token in the path is the credential; an unknown or forged one is 404.")
    @ApiResponse(responseCode = "200", description = "Opted out of the mail's category",
            content = @Content(schema = @Schema(implementation = Unsubscribed.class)))
    @SecurityRequirements
    @PostMapping(path = UnsubscribeLinks.PATH + "{token}",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<?> unsubscribe(
            @Parameter(description = "The signed token of the mail's link") @PathVariable @Size(max = MAX_TOKEN) String token,
            @Parameter(description = "Must be `One-Click`") @RequestParam(name = FIELD, required = false)
            @Size(max = 16) String click) {
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
