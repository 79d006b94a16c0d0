package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.match.MatchComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchPartTest {

    @ParameterizedTest
    @CsvSource({
        "hardSkills, Hard skills",
        "keywords, Keywords",
        "semanticFit, Meaning of duties",
        "titleSeniority, Title and seniority",
        "experience, Experience",
        "education, Education",
        "languageLevel, Language level",
        "x, X"
    })
    void componentKeysGetNamesAUserReads(String key, String label) {
        assertThat(MatchPart.labelOf(key)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"0.35, 35% of the score, true", "1.0, 100% of the score, true", "0.0, not weighed, false"})
    void theWeightReadsAsAShareOrAsNotWeighed(double weight, String text, boolean counts) {
        MatchPart part = MatchPart.of(new MatchComponent("keywords", 40, weight, "Some terms used."));

        assertThat(part.weightText()).isEqualTo(text);
        assertThat(part.counts()).isEqualTo(counts);
    }

    @Test
    void aPartKeepsTheComponentsScoreAndExplanation() {
        MatchPart part = MatchPart.of(new MatchComponent("experience", 80, 0.2, "6 years shown, 5 asked."));

        assertThat(part).isEqualTo(new MatchPart("experience", "Experience", 80, 0.2, "6 years shown, 5 asked."));
    }
}
