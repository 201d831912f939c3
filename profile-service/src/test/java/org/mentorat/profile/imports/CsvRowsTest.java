package org.mentorat.profile.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.people.Skill;

/** How an HR export's header and cells are understood, before any validation or database. */
class CsvRowsTest {

    private static final String HEADER = "EmployeeNumber,givenname,familyName,email,skills,languages,remoteOk,"
            + "seniorityLevel,favouriteColour\n";

    @Test
    void columnsAreMatchedWhateverTheirCaseAndUnknownOnesAreReportedOnce() throws IOException {
        CsvHeader header = headerOf(HEADER);

        assertThat(header.has(CsvColumn.EMPLOYEE_NUMBER)).isTrue();
        assertThat(header.has(CsvColumn.GIVEN_NAME)).isTrue();
        assertThat(header.has(CsvColumn.DEPARTMENT)).isFalse();
        assertThat(header.warnings()).containsExactly("Unknown column 'favouriteColour' was ignored.");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingEveryMissingOne() {
        assertThatThrownBy(() -> headerOf("employeeNumber,givenName,department\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("familyName", "email"));
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThatThrownBy(() -> headerOf("employeeNumber,givenName,familyName,email,Email\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "column appears more than once in the header")));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
        assertThat(headerOf("\uFEFF" + HEADER).has(CsvColumn.EMPLOYEE_NUMBER)).isTrue();
    }

    @Test
    void cellsBecomeTypedValuesAndBlankCellsNoValue() throws IOException {
        ParsedRow row = rowOf(HEADER + "E-1, Amina ,Haddad,amina@acme.test,Java:4; SQL:3,ar;fr;,yes,,blue\n");

        assertThat(row.row()).isEqualTo(2);
        assertThat(row.errors()).isEmpty();
        PersonDraft draft = CsvColumn.draft(row.values());
        assertThat(draft.employeeNumber()).isEqualTo("E-1");
        assertThat(draft.givenName()).isEqualTo("Amina");
        assertThat(draft.skills()).containsExactly(new Skill("Java", 4), new Skill("SQL", 3));
        assertThat(draft.languages()).containsExactly("ar", "fr");
        assertThat(draft.remoteOk()).isTrue();
        assertThat(draft.seniorityLevel()).isNull();
    }

    @Test
    void cellsThatCannotBeConvertedNameTheirColumn() throws IOException {
        ParsedRow row = rowOf(HEADER + "E-2,Bo,Lund,bo@acme.test,Java;SQL:x,en,perhaps,ten,\n");

        assertThat(row.errors()).containsExactlyInAnyOrder(
                new FieldError("skills[0]", "must be a name and a level, as Java:3"),
                new FieldError("skills[1].level", "must be a whole number from 1 to 5"),
                new FieldError("remoteOk", "must be true or false"),
                new FieldError("seniorityLevel", "must be a whole number"));
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsFlaggedAndAShortRowLeavesTheRestBlank() throws IOException {
        assertThat(rowOf("employeeNumber,givenName,familyName,email\nE-3,A,B,c@d.test,extra\n").errors())
                .extracting(FieldError::field).containsExactly("row");
        ParsedRow shortRow = rowOf("employeeNumber,givenName,familyName,email\nE-4,A\n");
        assertThat(shortRow.errors()).isEmpty();
        assertThat(CsvColumn.draft(shortRow.values()).email()).isNull();
    }

    @Test
    void quotedCellsMayHoldCommasAndLineBreaks() throws IOException {
        ParsedRow row = rowOf("employeeNumber,givenName,familyName,email,jobTitle\n"
                + "E-5,\"Anne, Marie\",Dupont,am@acme.test,\"Head of\nSales\"\n");

        assertThat(CsvColumn.draft(row.values()).givenName()).isEqualTo("Anne, Marie");
        assertThat(CsvColumn.draft(row.values()).jobTitle()).isEqualTo("Head of\nSales");
    }

    private static CsvHeader headerOf(String csv) throws IOException {
        try (CSVParser parser = parse(csv)) {
            return CsvHeader.of(parser.iterator().next().toList());
        }
    }

    private static ParsedRow rowOf(String csv) throws IOException {
        try (CSVParser parser = parse(csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            CsvHeader header = CsvHeader.of(records.next().toList());
            return ParsedRow.of(records.next(), header);
        }
    }

    private static CSVParser parse(String csv) throws IOException {
        return CsvFile.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
