package org.mentorat.profile.people;

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
@RequestMapping("/api/v1/skill-taxonomy")
class SkillTaxonomyController {

    private final SkillTaxonomy taxonomy;

    SkillTaxonomyController(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    record Synonyms(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> synonyms) {
    }

    @GetMapping
    List<SkillTaxonomy.Entry> all(Caller caller) {
        return taxonomy.all(caller.tenantId());
    }

    @PutMapping("/{canonical}")
    SkillTaxonomy.Entry define(@PathVariable String canonical, @Valid @RequestBody Synonyms body, Caller caller) {
        return taxonomy.define(caller.tenantId(), canonical, body.synonyms());
    }
}
