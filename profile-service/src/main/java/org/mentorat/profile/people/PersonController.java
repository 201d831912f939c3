package org.mentorat.profile.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.JsonMergePatch;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.web.Page;
import org.mentorat.profile.web.Versions;
import org.mentorat.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * People over REST. Administrators and HR integrations manage everyone in their tenant; a
 * participant reads their own profile and edits the parts that are theirs to describe.
 */
@RestController
@Tag(name = "People", description = "The tenant's employees: HR's record and what participants say of "
        + "themselves.")
@RequestMapping("/api/v1/people")
class PersonController {

    /** What a participant may change about themself; the rest is HR's record. */
    private static final Set<String> SELF_EDITABLE = Set.of("locale", "timeZone", "location", "remoteOk",
            "languages", "skills", "interests", "values");

    private final People people;
    private final RequestValidation validation;

    PersonController(People people, RequestValidation validation) {
        this.people = people;
        this.validation = validation;
    }

    @PostMapping
    @Operation(operationId = "registerPerson", summary = "Register a person",
            description = "Administrators and HR integrations add an employee; the answer carries the person's ETag.")
    @ErrorAnswer(status = 409, description = "A person with this employee number already exists.")
    ResponseEntity<Person> register(@RequestBody PersonDraft request, Caller caller, UriComponentsBuilder uri) {
        validatedWithEmployeeNumber(request);
        Person person = people.register(caller.tenantId(), request);
        return ResponseEntity.created(uri.path("/api/v1/people/{id}").build(person.id()))
                .eTag(Versions.etag(person.version())).body(person);
    }

    @GetMapping
    @Operation(operationId = "searchPeople", summary = "Search people",
            description = "The tenant's people filtered by skill (with its synonyms), department and language, a page at a time.")
    Page<Person> search(@RequestParam(required = false) @Size(max = 100) String skill,
            @RequestParam(required = false) @Size(max = 100) String department,
            @RequestParam(required = false) @Size(max = 35) String language,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Caller caller) {
        return people.search(caller.tenantId(), new PeopleQuery(skill, department, language, page, size));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPerson", summary = "Read a person",
            description = "A person with their ETag; a participant reads only their own profile (404 for others).")
    ResponseEntity<Person> get(@PathVariable String id, Caller caller) {
        Person person = visible(caller, id);
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
    }

    /** RFC 7396 merge patch; {@code If-Match} with the ETag guards against lost updates. */
    @Operation(operationId = "updatePerson", summary = "Update a person",
            description = "RFC 7396 merge patch of the profile; a participant changes only their own locale, time zone, location, languages, skills, interests and values. `If-Match` with the ETag guards against lost updates (412).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PersonDraft.class)))
    @ErrorAnswer(status = 412, description = "`If-Match` does not name the current version.")
    @PatchMapping(path = "/{id}", consumes = {JsonMergePatch.MEDIA_TYPE, "application/json"})
    ResponseEntity<Person> patch(@PathVariable String id, @RequestBody JsonNode patch,
            @Parameter(description = "The ETag of the version the change is based on; without it the change applies to the current version.") @RequestHeader(name = "If-Match", required = false)
            @Size(max = 100) String ifMatch, Caller caller) {
        Person current = visible(caller, id);
        if (!managesPeople(caller)) {
            patch.propertyNames().stream().filter(field -> !SELF_EDITABLE.contains(field)).findFirst()
                    .ifPresent(field -> {
                        throw new ForbiddenException("Only HR or an administrator may change " + field + ".");
                    });
        }
        Versions.requireMatch(ifMatch, "Person", id, current.version());
        PersonDraft next = validation.read(JsonMergePatch.apply(validation.toTree(current.profile()), patch),
                PersonDraft.class);
        if (current.profile().employeeNumber() != null) {
            next.requireEmployeeNumber().ifPresent(missing -> {
                throw new InvalidRequestException(List.of(missing));
            });
        }
        Person updated = people.replace(caller.tenantId(), current, next, DeactivationReason.ADMIN);
        return ResponseEntity.status(HttpStatus.OK).eTag(Versions.etag(updated.version())).body(updated);
    }

    /** Over REST a person needs an employee number (SCIM alone may do without): reported with the other errors. */
    private void validatedWithEmployeeNumber(PersonDraft request) {
        List<FieldError> errors = new ArrayList<>();
        request.requireEmployeeNumber().ifPresent(errors::add);
        try {
            validation.validated(request);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private Person visible(Caller caller, String id) {
        if (!managesPeople(caller) && !caller.subject().equals(id)) {
            throw new ResourceNotFoundException("person", id);
        }
        return people.get(caller.tenantId(), id);
    }

    private static boolean managesPeople(Caller caller) {
        return caller.isAdmin() || caller.has(Role.HR_INTEGRATION);
    }
}
