package org.mentorat.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/widgets")
class WidgetController {

    private final AggregateStore widgets;

    WidgetController(AggregateStore widgets) {
        this.widgets = widgets;
    }

    record NewWidget(@NotBlank String name, @Min(1) int size) {
    }

    @PostMapping
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewWidget request, Caller caller,
            UriComponentsBuilder uri) {
        String id = EventIds.next();
        widgets.insert(caller.tenantId(), id, new Document("name", request.name()).append("size", request.size()),
                List.of(new WidgetCreated(id, request.name(), request.size())));
        return ResponseEntity.created(uri.path("/api/v1/widgets/{id}").build(id))
                .body(Map.of("id", id, "name", request.name(), "size", request.size()));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id, Caller caller) {
        Document widget = widgets.find(caller.tenantId(), id)
                .orElseThrow(() -> new ResourceNotFoundException("widget", id));
        return Map.of("id", id, "name", widget.getString("name"), "size", widget.getInteger("size"));
    }
}
