package org.mentorat.profile.scim;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side of SCIM (RFC 7644 §3.1, §8.1): JSON bodies sent as {@code application/scim+json}
 * or {@code application/json}, answers in {@code application/scim+json} unless the client
 * accepts only {@code application/json}, and error bodies (§3.12).
 */
final class ScimHttp {

    private ScimHttp() {
    }

    /** A JSON request body; anything else is invalidSyntax, and a non-JSON media type a 415. */
    static JsonNode body(JsonMapper json, byte[] body, HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && !isJson(contentType)) {
            throw ScimError.UNSUPPORTED_MEDIA_TYPE.exception("Send application/scim+json or application/json, not "
                    + contentType + ".");
        }
        if (body == null || body.length == 0) {
            throw ScimError.INVALID_SYNTAX.exception("The request has no body.");
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw ScimError.INVALID_SYNTAX.exception("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static ResponseEntity.BodyBuilder respond(HttpServletRequest request, HttpStatusCode status) {
        return ResponseEntity.status(status).contentType(responseType(request.getHeader(HttpHeaders.ACCEPT)));
    }

    static ResponseEntity<JsonNode> error(HttpServletRequest request, HttpStatusCode status, String scimType,
            String detail) {
        return respond(request, status).body(errorBody(status, scimType, detail));
    }

    static ObjectNode errorBody(HttpStatusCode status, String scimType, String detail) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.putArray("schemas").add(Scim.ERROR);
        if (scimType != null) {
            error.put("scimType", scimType);
        }
        error.put("detail", detail);
        error.put("status", String.valueOf(status.value()));
        return error;
    }

    /** Scheme, host and port the client used, for {@code meta.location} and {@code Location}. */
    static String baseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }

    static MediaType responseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return Scim.MEDIA_TYPE;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Scim.MEDIA_TYPE;
        }
        List<MediaType> wanted = accepted.stream().filter(type -> type.getQualityValue() > 0).toList();
        if (wanted.stream().noneMatch(type -> type.isCompatibleWith(Scim.MEDIA_TYPE))
                && wanted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return MediaType.APPLICATION_JSON;
        }
        return Scim.MEDIA_TYPE;
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
            return type.getType().equalsIgnoreCase("application")
                    && (subtype.equals("json") || subtype.endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
