package org.mentorat.profile.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;

/**
 * The header row resolved to columns. Unknown columns are ignored (and reported once as a
 * warning); a missing required column or a column named twice refuses the whole file.
 *
 * @param columns the column of each position, empty for an ignored one
 */
record CsvHeader(List<Optional<CsvColumn>> columns, Set<CsvColumn> present, List<String> warnings) {

    static CsvHeader of(List<String> names) {
        List<Optional<CsvColumn>> columns = new ArrayList<>(names.size());
        Set<CsvColumn> present = EnumSet.noneOf(CsvColumn.class);
        List<String> warnings = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index);
            Optional<CsvColumn> column = CsvColumn.named(name);
            if (column.isEmpty()) {
                warnings.add(name.isBlank()
                        ? "Column " + (index + 1) + " has no name and was ignored."
                        : "Unknown column '" + name.trim() + "' was ignored.");
            } else if (!present.add(column.get())) {
                errors.add(new FieldError(column.get().fieldName(), "column appears more than once in the header"));
            }
            columns.add(column);
        }
        Arrays.stream(CsvColumn.values()).filter(CsvColumn::required).filter(required -> !present.contains(required))
                .forEach(missing -> errors.add(new FieldError(missing.fieldName(), "required column is missing")));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new CsvHeader(List.copyOf(columns), Set.copyOf(present), List.copyOf(warnings));
    }

    boolean has(CsvColumn column) {
        return present.contains(column);
    }
}
