package org.mentorat.profile.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.profile.people.DuplicatePersonException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.people.UpsertOutcome;

/**
 * Applies one row: validated exactly like the REST API's body, then upserted by employee number.
 * A column the file does not have keeps the person's current value (so that what people maintain
 * themselves, such as skills, survives an HR file without that column); a blank cell clears it.
 */
final class RowImporter {

    private final People people;
    private final RequestValidation validation;
    private final String tenantId;
    private final String importId;
    private final CsvHeader header;
    private final boolean dryRun;

    RowImporter(People people, RequestValidation validation, String tenantId, String importId, CsvHeader header,
            boolean dryRun) {
        this.people = people;
        this.validation = validation;
        this.tenantId = tenantId;
        this.importId = importId;
        this.header = header;
        this.dryRun = dryRun;
    }

    RowResult apply(ParsedRow row) {
        List<FieldError> errors = new ArrayList<>(row.errors());
        Optional<Person> current = row.employeeNumber() == null ? Optional.empty()
                : people.findByEmployeeNumber(tenantId, row.employeeNumber());
        PersonDraft draft = merged(row, current);
        draft.requireEmployeeNumber().ifPresent(errors::add);
        try {
            validation.validated(draft);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            return rejected(row, errors);
        }
        try {
            UpsertOutcome outcome = people.upsertByEmployeeNumber(tenantId, draft, dryRun);
            List<String> changed = outcome.kind() == UpsertOutcome.Kind.UPDATED && current.isPresent()
                    ? changedFields(current.get().profile(), draft.withDefaults())
                    : List.of();
            return new RowResult(importId, row.row(), row.employeeNumber(), RowOutcome.valueOf(outcome.kind().name()),
                    outcome.personId(), changed, List.of());
        } catch (ConflictException e) {
            return rejected(row, List.of(conflict(e)));
        }
    }

    RowResult rejected(ParsedRow row, List<FieldError> errors) {
        return new RowResult(importId, row.row(), row.employeeNumber(), RowOutcome.REJECTED, null, List.of(),
                List.copyOf(errors));
    }

    private PersonDraft merged(ParsedRow row, Optional<Person> current) {
        Map<CsvColumn, Object> values = new EnumMap<>(CsvColumn.class);
        values.putAll(row.values());
        current.ifPresent(person -> Arrays.stream(CsvColumn.values()).filter(column -> !header.has(column))
                .forEach(column -> values.put(column, column.valueIn(person.profile()))));
        return CsvColumn.draft(values);
    }

    private static List<String> changedFields(PersonDraft before, PersonDraft after) {
        return Arrays.stream(CsvColumn.values())
                .filter(column -> !Objects.equals(column.valueIn(before), column.valueIn(after)))
                .map(CsvColumn::fieldName).toList();
    }

    private static FieldError conflict(ConflictException e) {
        return e instanceof DuplicatePersonException
                ? new FieldError("userName", "is already used by another person (the email when userName is blank)")
                : new FieldError("row", "the person changed while the row was imported; import the file again");
    }
}
