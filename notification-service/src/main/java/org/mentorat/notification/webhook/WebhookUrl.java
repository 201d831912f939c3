package org.mentorat.notification.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;

/** Checks a webhook URL an administrator gives: absolute, https, no user info, to an allowed chat host. */
final class WebhookUrl {

    static final int MAX_LENGTH = 2048;

    private WebhookUrl() {
    }

    static URI parse(String value, WebhookProperties properties) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw invalid("must be a URL of at most " + MAX_LENGTH + " characters");
        }
        URI url;
        try {
            url = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(properties.allowPlainHttp() && scheme.equals("http"))) {
            throw invalid("must be an https URL");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw invalid("must name a host and no user");
        }
        if (!allowed(url.getHost().toLowerCase(Locale.ROOT), properties.allowedHosts())) {
            throw invalid("must point at Slack or Microsoft Teams (" + String.join(", ", properties.allowedHosts()) + ")");
        }
        return url;
    }

    /** Shows where a webhook points without giving away its secret path. */
    static String masked(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/…";
    }

    private static boolean allowed(String host, List<String> allowedHosts) {
        return allowedHosts.stream().map(pattern -> pattern.toLowerCase(Locale.ROOT)).anyMatch(pattern ->
                pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern));
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new FieldError("url", message)));
    }
}
