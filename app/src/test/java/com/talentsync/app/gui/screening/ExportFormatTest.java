package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Data Analyst — Acme       | false | CSV  | Data Analyst — Acme ranking.csv
            'Lead: Data/ML <Berlin>?' | true  | PDF  | Lead Data ML Berlin ranking (blind).pdf
            ''                        | false | HTML | ranking.html
            """)
    void suggestedNamesKeepTheJobLabelWithoutCharactersFileSystemsRefuse(String label, boolean blind, ExportFormat format,
            String expected) {
        assertThat(format.suggestedName(label, blind)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            out/ranking       | CSV  | out/ranking.csv
            out/ranking.CSV   | CSV  | out/ranking.CSV
            out/ranking.html  | PDF  | out/ranking.html.pdf
            report.v2         | HTML | report.v2.html
            """)
    void theFormatsExtensionIsAddedWhenTheChosenNameLacksIt(String chosen, ExportFormat format, String expected) {
        assertThat(format.withExtension(Path.of(chosen))).isEqualTo(Path.of(expected));
    }
}
