package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                       | ''
            Java                     | Java
            ' java , SQL '           | java;SQL
            'C++; C#,,  Node.js ;'   | C++;C#;Node.js
            """)
    void skillsAreSplitOnCommasAndSemicolons(String typed, String expected) {
        List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertThat(CandidateFilter.parseSkills(typed)).isEqualTo(wanted);
    }

    @Test
    void outOfRangeValuesAreBroughtBackAndBlankSkillsDropped() {
        CandidateFilter filter = new CandidateFilter("", 140, List.of(" ", "Go "), -2, "");

        assertThat(filter.minScore()).isEqualTo(100);
        assertThat(filter.minYears()).isZero();
        assertThat(filter.mustHaveSkills()).containsExactly("Go");
        assertThat(new CandidateFilter("", -5, List.of(" "), 0, "").isEmpty()).isTrue();
    }
}
