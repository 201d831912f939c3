package org.mentorat.profile.program;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.JsonMergePatch;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.web.Page;
import org.mentorat.profile.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Programs over REST. Administrators define, publish and close them; participants see the
 * programs that are (or were) open for enrolment, never drafts.
 */
@RestController
@Tag(name = "Programs", description = "Mentoring programs, their matching settings and lifecycle.")
@RequestMapping("/api/v1/programs")
class ProgramController {

    private final Programs programs;
    private final RequestValidation validation;

    ProgramController(Programs programs, RequestValidation validation) {
        this.programs = programs;
        this.validation = validation;
    }

    @PostMapping
    @Operation(operationId = "createProgram", summary = "Create a program",
            description = "A program administrator drafts a program with its matching settings; the answer carries its ETag.")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    ResponseEntity<Program> create(@RequestBody ProgramDefinition request, Caller caller, UriComponentsBuilder uri) {
        Program program = programs.create(caller.tenantId(), validation.validated(request.withDefaults()));
        return ResponseEntity.created(uri.path("/api/v1/programs/{id}").build(program.id()))
                .eTag(Versions.etag(program.version())).body(program);
    }

    @GetMapping
    @Operation(operationId = "listPrograms", summary = "List programs",
            description = "Published and closed programs; administrators also see drafts. A page at a time.")
    Page<Program> list(@RequestParam(required = false) ProgramStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Caller caller) {
        Set<ProgramStatus> visible = caller.isAdmin()
                ? EnumSet.allOf(ProgramStatus.class)
                : EnumSet.of(ProgramStatus.PUBLISHED, ProgramStatus.CLOSED);
        if (status != null) {
            visible.retainAll(Set.of(status));
        }
        return programs.list(caller.tenantId(), visible, page, size);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getProgram", summary = "Read a program",
            description = "One program with its ETag; drafts are for administrators only.")
    ResponseEntity<Program> get(@PathVariable String id, Caller caller) {
        Program program = programs.get(caller.tenantId(), id);
        if (!caller.isAdmin() && program.status() == ProgramStatus.DRAFT) {
            throw new ResourceNotFoundException("program", id);
        }
        return ResponseEntity.ok().eTag(Versions.etag(program.version())).body(program);
    }

    /** RFC 7396 merge patch; a draft changes freely, a published program only in name and description. */
    @Operation(operationId = "updateProgram", summary = "Update a program",
            description = "RFC 7396 merge patch; a draft changes freely, a published program only in name and description. `If-Match` with the ETag guards against lost updates (412).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ProgramDefinition.class)))
    @ErrorAnswer(status = 412, description = "`If-Match` does not name the current version.")
    @ErrorAnswer(status = 409, description = "The change is not allowed in the program's state.")
    @PatchMapping(path = "/{id}", consumes = {JsonMergePatch.MEDIA_TYPE, "application/json"})
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    ResponseEntity<Program> patch(@PathVariable String id, @RequestBody JsonNode patch,
            @Parameter(description = "The ETag of the version the change is based on; without it the change applies to the current version.") @RequestHeader(name = "If-Match", required = false)
            @Size(max = 100) String ifMatch, Caller caller) {
        Program current = programs.get(caller.tenantId(), id);
        Versions.requireMatch(ifMatch, "Program", id, current.version());
        // evergreen is derived again from the dates unless the patch says otherwise
        ObjectNode target = (ObjectNode) validation.toTree(current.definition());
        target.remove("evergreen");
        ProgramDefinition next = validation.read(JsonMergePatch.apply(target, patch), ProgramDefinition.class);
        Program updated = programs.revise(caller.tenantId(), current, validation.validated(next.withDefaults()));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @PostMapping("/{id}/publish")
    @Operation(operationId = "publishProgram", summary = "Publish a program",
            description = "Opens a draft program for enrolment.")
    @ErrorAnswer(status = 409, description = "The program is not a draft.")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    ResponseEntity<Program> publish(@PathVariable String id, Caller caller) {
        Program program = programs.publish(caller.tenantId(), id);
        return ResponseEntity.ok().eTag(Versions.etag(program.version())).body(program);
    }

    @PostMapping("/{id}/close")
    @Operation(operationId = "closeProgram", summary = "Close a program",
            description = "Closes a published program; no new enrolments.")
    @ErrorAnswer(status = 409, description = "The program is not published.")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    ResponseEntity<Program> close(@PathVariable String id, Caller caller) {
        Program program = programs.close(caller.tenantId(), id);
        return ResponseEntity.ok().eTag(Versions.etag(program.version())).body(program);
    }
}
