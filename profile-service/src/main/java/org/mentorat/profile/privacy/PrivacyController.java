package org.mentorat.profile.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.mentorat.platform.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's privacy rights: a copy of their data, and its erasure. Administrators act for
 * anyone in their tenant; a participant for themself only (403 otherwise, whether or not the
 * person exists).
 */
@RestController
@Tag(name = "Privacy", description = "A person's data export and erasure (GDPR).")
class PrivacyController {

    private final PersonalDataExport export;
    private final PersonErasure erasure;

    PrivacyController(PersonalDataExport export, PersonErasure erasure) {
        this.export = export;
        this.erasure = erasure;
    }

    @GetMapping("/api/v1/people/{id}/export")
    @Operation(operationId = "exportPersonalData", summary = "Export a person's data",
            description = "Everything this service holds about the person, as a JSON download.")
    ResponseEntity<PersonalData> export(@PathVariable String id, Caller caller) {
        PersonalData data = export.export(caller, id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("person-" + id + ".json").build().toString()).body(data);
    }

    /** 202 when this request started the erasure; 200 with the same erasure when it was started before. */
    @PostMapping("/api/v1/people/{id}/erasure")
    @Operation(operationId = "erasePerson", summary = "Erase a person",
            description = "Starts erasing the person in every service (202), or answers the erasure already started (200); poll it until every service confirmed.")
    ResponseEntity<Erasure> erase(@PathVariable String id, Caller caller) {
        Erasure.Opened opened = erasure.request(caller, id);
        return ResponseEntity.status(opened.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/erasures/" + opened.erasure().id())).body(opened.erasure());
    }

    @GetMapping("/api/v1/erasures/{id}")
    @Operation(operationId = "getErasure", summary = "Read an erasure",
            description = "The erasure's status and each service's receipt.")
    Erasure get(@PathVariable String id, Caller caller) {
        return erasure.view(caller, id);
    }
}
