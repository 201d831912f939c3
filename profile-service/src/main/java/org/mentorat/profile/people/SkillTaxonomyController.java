package org.mentorat.profile.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's skill vocabulary: which names mean the same skill. */
@RestController
@Tag(name = "Skill taxonomy", description = "Which skill names mean the same skill, per tenant.")
@RequestMapping("/api/v1/skill-taxonomy")
class SkillTaxonomyController {

    private final SkillTaxonomy taxonomy;

    SkillTaxonomyController(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    record Synonyms(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> synonyms) {
    }

    @GetMapping
    @Operation(operationId = "listSkillTaxonomy", summary = "List the skill taxonomy",
            description = "Every canonical skill of the tenant with its synonyms.")
    @ApiResponse(responseCode = "200", description = "The entries", content = @Content(array = @ArraySchema(
            maxItems = 10_000, schema = @Schema(implementation = SkillTaxonomy.Entry.class))))
    List<SkillTaxonomy.Entry> all(Caller caller) {
        return taxonomy.all(caller.tenantId());
    }

    @PutMapping("/{canonical}")
    @Operation(operationId = "defineSkill", summary = "Define a skill's synonyms",
            description = "Sets the synonyms of a canonical skill name; searches by any of them find the same people.")
    SkillTaxonomy.Entry define(@PathVariable @Size(max = 100) String canonical, @Valid @RequestBody Synonyms body, Caller caller) {
        return taxonomy.define(caller.tenantId(), canonical, body.synonyms());
    }
}
