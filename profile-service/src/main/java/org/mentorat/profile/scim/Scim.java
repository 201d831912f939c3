package org.mentorat.profile.scim;

import org.springframework.http.MediaType;

/** The URNs and media type of SCIM 2.0 (RFC 7643, RFC 7644) that this package speaks. */
final class Scim {

    static final String BASE_PATH = "/scim/v2";
    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/scim+json");

    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** Results per page when the client names no {@code count}, and the most we ever return. */
    static final int DEFAULT_COUNT = 100;
    static final int MAX_RESULTS = 200;

    private Scim() {
    }
}
