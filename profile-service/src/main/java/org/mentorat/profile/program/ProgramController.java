package org.mentorat.profile.program;

import jakarta.validation.Valid;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs")
class ProgramController {

    private final Programs programs;

    ProgramController(Programs programs) {
        this.programs = programs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    Program create(@Valid @RequestBody NewProgram request, Caller caller) {
        return programs.create(caller.tenantId(), request);
    }

    @GetMapping("/{id}")
    Program get(@PathVariable String id, Caller caller) {
        return programs.find(caller.tenantId(), id).orElseThrow(() -> new ResourceNotFoundException("program", id));
    }
}
