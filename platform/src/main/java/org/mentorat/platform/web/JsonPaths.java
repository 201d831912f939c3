package org.mentorat.platform.web;

import java.util.List;
import tools.jackson.databind.DatabindException;

/** Renders Jackson's location of a bad value as a field path clients understand: {@code roles[0]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<DatabindException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (DatabindException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
