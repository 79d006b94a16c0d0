package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            "â€¢ Led the team"            ; "• Led the team"
            "â\u0080¢ Led the team"       ; "• Led the team"
            "â¢ Led the team"             ; "• Led the team"
            "2019 â€“ 2021"               ; "2019 – 2021"
            "Caféâ€™s menu"              ; "Café’s menu"
            "RÃ©sumÃ© of JosÃ©"          ; "Résumé of José"
            "NaÃƒÂ¯ve"                    ; "Naïve"
            "Java,Â Spring"               ; "Java, Spring"
            "Skills:Â\u00A0Java"          ; "Skills: Java"
            "replacement \uFFFD char"     ; "replacement   char"
            """)
    void repairsMisDecodedUtf8(String broken, String repaired) {
        assertThat(TextRepair.repair(broken)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Résumé", "Müller, Düsseldorf", "à la carte", "Ñandú", "façade — naïve", "日本語", "plain"})
    void leavesCorrectTextAlone(String text) {
        assertThat(TextRepair.repair(text)).isEqualTo(text);
    }
}
