package org.mentorat.profile.people;

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
@RequestMapping("/api/v1/people")
class PersonController {

    private final People people;

    PersonController(People people) {
        this.people = people;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'HR_INTEGRATION')")
    Person register(@Valid @RequestBody NewPerson request, Caller caller) {
        return people.register(caller.tenantId(), request);
    }

    /** A participant may read their own profile; administrators and HR read anyone in their tenant. */
    @GetMapping("/{id}")
    Person get(@PathVariable String id, Caller caller) {
        if (!caller.mayActFor(id) && !caller.has(org.mentorat.platform.security.Role.HR_INTEGRATION)) {
            throw new ResourceNotFoundException("person", id);
        }
        return people.find(caller.tenantId(), id).orElseThrow(() -> new ResourceNotFoundException("person", id));
    }
}
