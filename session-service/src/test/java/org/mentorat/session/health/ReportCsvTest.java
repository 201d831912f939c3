package org.mentorat.session.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(ReportCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(ReportCsv.cell("+33 1")).isEqualTo("'+33 1");
        assertThat(ReportCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ReportCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void numbersStayNumbersAndSeparatorsAreQuoted() {
        assertThat(ReportCsv.cell("-25")).isEqualTo("-25");
        assertThat(ReportCsv.cell("4.25")).isEqualTo("4.25");
        assertThat(ReportCsv.cell("Leaders, 2026")).isEqualTo("\"Leaders, 2026\"");
        assertThat(ReportCsv.cell("The \"A\" team")).isEqualTo("\"The \"\"A\"\" team\"");
        assertThat(ReportCsv.cell(null)).isEmpty();
    }
}
