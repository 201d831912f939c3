package org.mentorat.profile.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import org.mentorat.platform.web.FieldError;
import org.mentorat.profile.people.Skill;

/**
 * One data row's cells converted to typed values, with the cells that could not be converted.
 * A blank cell is "no value" (the REST API's null). Values are not validated here.
 *
 * @param row the spreadsheet row number (the header is row 1)
 */
record ParsedRow(long row, Map<CsvColumn, Object> values, List<FieldError> errors) {

    static ParsedRow of(CSVRecord record, CsvHeader header) {
        Map<CsvColumn, Object> values = new EnumMap<>(CsvColumn.class);
        List<FieldError> errors = new ArrayList<>();
        if (record.size() > header.columns().size()) {
            errors.add(new FieldError("row", "has " + record.size() + " values but the header names "
                    + header.columns().size() + " columns"));
        }
        for (int index = 0; index < Math.min(record.size(), header.columns().size()); index++) {
            String cell = record.get(index).trim();
            header.columns().get(index).filter(column -> !cell.isEmpty()).ifPresent(column ->
                    values.put(column, convert(column, cell, errors)));
        }
        values.values().removeIf(Objects::isNull);
        return new ParsedRow(record.getRecordNumber(), values, List.copyOf(errors));
    }

    String employeeNumber() {
        return (String) values.get(CsvColumn.EMPLOYEE_NUMBER);
    }

    private static Object convert(CsvColumn column, String cell, List<FieldError> errors) {
        return switch (column.kind()) {
            case TEXT -> cell;
            case WHOLE_NUMBER -> wholeNumber(column.fieldName(), cell, errors);
            case YES_NO -> yesNo(column.fieldName(), cell, errors);
            case LIST -> list(cell);
            case SKILLS -> skills(cell, errors);
        };
    }

    private static Integer wholeNumber(String field, String cell, List<FieldError> errors) {
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    private static Boolean yesNo(String field, String cell, List<FieldError> errors) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield null;
            }
        };
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** {@code Java:4;SQL:3}: a name, a colon, a level from 1 to 5. */
    private static List<Skill> skills(String cell, List<FieldError> errors) {
        List<Skill> skills = new ArrayList<>();
        List<String> items = list(cell);
        for (int index = 0; index < items.size(); index++) {
            String item = items.get(index);
            int colon = item.lastIndexOf(':');
            String field = "skills[" + index + "]";
            if (colon <= 0) {
                errors.add(new FieldError(field, "must be a name and a level, as Java:3"));
                continue;
            }
            try {
                int level = Integer.parseInt(item.substring(colon + 1).trim());
                skills.add(new Skill(item.substring(0, colon).trim(), level));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field + ".level", "must be a whole number from 1 to 5"));
            }
        }
        return skills;
    }
}
