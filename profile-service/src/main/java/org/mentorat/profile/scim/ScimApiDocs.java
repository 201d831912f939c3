package org.mentorat.profile.scim;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shapes the SCIM endpoints exchange, for the OpenAPI document only: the controllers read and
 * write JSON trees, because SCIM attribute names are case-insensitive and extensions are keyed by
 * URN. The bounds are the ones {@link SentUser} and {@link UserReader} enforce.
 */
final class ScimApiDocs {

    static final String SCIM_JSON = "application/scim+json";

    private ScimApiDocs() {
    }

    @Schema(name = "ScimMultiValue", description = "One value of a multi-valued attribute (RFC 7643 §2.4).")
    record MultiValue(@Schema(maxLength = SentUser.MAX_STRING) String value,
            @Schema(maxLength = SentUser.MAX_STRING) String display,
            @Schema(maxLength = SentUser.MAX_STRING, examples = "work") String type, Boolean primary) {
    }

    @Schema(name = "ScimName", description = "The user's name; givenName and familyName are required.")
    record Name(@Schema(maxLength = SentUser.MAX_STRING) String formatted,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String familyName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String givenName,
            @Schema(maxLength = SentUser.MAX_STRING) String middleName,
            @Schema(maxLength = SentUser.MAX_STRING) String honorificPrefix,
            @Schema(maxLength = SentUser.MAX_STRING) String honorificSuffix) {
    }

    @Schema(name = "ScimEnterpriseUser", description = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User; "
            + "optional, employeeNumber too.")
    record EnterpriseUser(@Schema(maxLength = 64) String employeeNumber,
            @Schema(maxLength = SentUser.MAX_STRING) String costCenter,
            @Schema(maxLength = SentUser.MAX_STRING) String organization,
            @Schema(maxLength = SentUser.MAX_STRING) String division,
            @Schema(maxLength = 100) String department,
            @Schema(description = "value: the manager's employee number or Mentorat user id") MultiValue manager) {
    }

    @Schema(name = "ScimUser", description = "A User (RFC 7643 §4.1). Every attribute is returned as sent; "
            + "attributes no schema defines are dropped, password is never kept.")
    record User(
            @ArraySchema(maxItems = 2, schema = @Schema(maxLength = 100)) List<String> schemas,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, format = "uuid") String id,
            @Schema(maxLength = 256) String externalId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254) String userName,
            Name name,
            @Schema(maxLength = SentUser.MAX_STRING) String displayName,
            @Schema(maxLength = SentUser.MAX_STRING) String nickName,
            @Schema(maxLength = SentUser.MAX_STRING, format = "uri") String profileUrl,
            @Schema(maxLength = 100) String title,
            @Schema(maxLength = SentUser.MAX_STRING) String userType,
            @Schema(maxLength = SentUser.MAX_STRING, examples = "fr-FR") String preferredLanguage,
            @Schema(maxLength = SentUser.MAX_STRING, examples = "fr-FR") String locale,
            @Schema(maxLength = 64, examples = "Europe/Paris") String timezone,
            @Schema(description = "A boolean, or the strings True / False") Boolean active,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> emails,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> phoneNumbers,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> ims,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> photos,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<Address> addresses,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> entitlements,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> roles,
            @ArraySchema(maxItems = SentUser.MAX_VALUES) List<MultiValue> x509Certificates,
            @Schema(name = Scim.ENTERPRISE_USER) EnterpriseUser enterprise,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY) Meta meta) {
    }

    @Schema(name = "ScimAddress", description = "A postal address (RFC 7643 §4.1.2), kept as sent")
    record Address(@Schema(maxLength = SentUser.MAX_STRING) String type,
            @Schema(maxLength = SentUser.MAX_STRING) String formatted,
            @Schema(maxLength = SentUser.MAX_STRING) String streetAddress,
            @Schema(maxLength = SentUser.MAX_STRING) String locality,
            @Schema(maxLength = SentUser.MAX_STRING) String region,
            @Schema(maxLength = SentUser.MAX_STRING) String postalCode,
            @Schema(maxLength = SentUser.MAX_STRING) String country,
            Boolean primary) {
    }

    @Schema(name = "ScimMeta", description = "The resource's metadata (RFC 7643 §3.1)")
    record Meta(@Schema(maxLength = 20, examples = "User") String resourceType,
            @Schema(format = "date-time", maxLength = 35) String created,
            @Schema(format = "date-time", maxLength = 35) String lastModified,
            @Schema(format = "uri", maxLength = 2000) String location,
            @Schema(maxLength = 40, examples = "W/\"3\"") String version) {
    }

    @Schema(name = "ScimPatchOperation")
    record Operation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"add", "remove",
            "replace"}, description = "Case-insensitive") String op,
            @Schema(maxLength = 1000, examples = "emails[type eq \"work\"].value") String path,
            @Schema(description = "Any JSON value; without a path, an object of attributes") Object value) {
    }

    @Schema(name = "ScimPatchOp", description = "urn:ietf:params:scim:api:messages:2.0:PatchOp (RFC 7644 §3.5.2)")
    record PatchOp(@ArraySchema(maxItems = 1, schema = @Schema(maxLength = 100)) List<String> schemas,
            @ArraySchema(minItems = 1, maxItems = 100) List<Operation> Operations) {
    }

    @Schema(name = "ScimSearchRequest", description = "urn:ietf:params:scim:api:messages:2.0:SearchRequest")
    record SearchRequest(@ArraySchema(maxItems = 1, schema = @Schema(maxLength = 100)) List<String> schemas,
            @Schema(maxLength = 4000) String filter, @Schema(minimum = "1") Integer startIndex,
            @Schema(minimum = "0", maximum = "200") Integer count,
            @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 200)) List<String> attributes,
            @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 200)) List<String> excludedAttributes) {
    }

    @Schema(name = "ScimListResponse", description = "urn:ietf:params:scim:api:messages:2.0:ListResponse")
    record ListResponse(@ArraySchema(maxItems = 1, schema = @Schema(maxLength = 100)) List<String> schemas,
            int totalResults, int startIndex, int itemsPerPage,
            @ArraySchema(maxItems = Scim.MAX_RESULTS) List<User> Resources) {
    }

    @Schema(name = "ScimError", description = "urn:ietf:params:scim:api:messages:2.0:Error (RFC 7644 §3.12)")
    record Error(@ArraySchema(maxItems = 1, schema = @Schema(maxLength = 100)) List<String> schemas,
            @Schema(examples = "400", maxLength = 3) String status,
            @Schema(examples = "invalidValue", allowableValues = {"invalidFilter", "tooMany", "uniqueness",
                    "mutability", "invalidSyntax", "invalidPath", "noTarget", "invalidValue", "invalidVers",
                    "sensitive"}) String scimType,
            @Schema(maxLength = 4000) String detail) {
    }
}
