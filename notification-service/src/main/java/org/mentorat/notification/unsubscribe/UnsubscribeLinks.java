package org.mentorat.notification.unsubscribe;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.mentorat.notification.message.Category;
import org.springframework.stereotype.Service;

/**
 * One-click unsubscribe links (RFC 8058) for a person and a category of notifications, and the
 * check of the tokens they carry.
 */
@Service
public class UnsubscribeLinks {

    static final String PATH = "/api/v1/notification-preferences/unsubscribe/";

    /**
     * Invitations, changes and cancellations of a session the person takes part in are
     * transactional: they keep the person's calendar right, so no mail offers to unsubscribe
     * from them (and a bulk-sender rule would wrongly ask for it).
     */
    private static final Set<Category> TRANSACTIONAL = EnumSet.of(Category.SESSIONS);

    private final UnsubscribeProperties properties;

    UnsubscribeLinks(UnsubscribeProperties properties) {
        this.properties = properties;
    }

    public boolean offeredFor(Category category) {
        return !TRANSACTIONAL.contains(category);
    }

    /** The link a mail client posts to (and that a mail's footer may show), e.g. {@code https://…/unsubscribe/{token}}. */
    public URI linkFor(String tenantId, String personId, Category category) {
        String base = properties.baseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + PATH + token(tenantId, personId, category));
    }

    /** A {@code mailto:} alternative for clients that cannot post, when a mailbox is configured. */
    public Optional<URI> mailtoFor(String tenantId, String personId, Category category) {
        if (properties.mailto() == null || properties.mailto().isBlank()) {
            return Optional.empty();
        }
        String subject = URLEncoder.encode("unsubscribe " + token(tenantId, personId, category), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Optional.of(URI.create("mailto:" + properties.mailto() + "?subject=" + subject));
    }

    Optional<UnsubscribeToken> verify(String token) {
        return UnsubscribeToken.verify(token, properties.secret());
    }

    private String token(String tenantId, String personId, Category category) {
        return new UnsubscribeToken(tenantId, personId, category).sign(properties.secret());
    }
}
