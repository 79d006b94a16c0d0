package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchLexiconTest {

    @Test
    void headingKindsAreSectionsTheParserReads() {
        Map<String, List<String>> headings = MatchLexicon.load("headings.txt");

        assertThat(headings.keySet()).containsExactlyInAnyOrder("REQUIRED", "PREFERRED", "RESPONSIBILITIES");
        headings.values().forEach(values -> assertThat(values).isNotEmpty());
    }

    @Test
    void noCertificationSpellingIsAStopword() {
        // A spelling such as "security" (from "Security+") would tag every ad that says the word.
        List<String> stopwords = MatchLexicon.load("stopwords.txt").get("words");
        MatchLexicon.load("certifications.txt").forEach((name, spellings) -> {
            assertThat(spellings).as(name).isNotEmpty();
            assertThat(spellings).as(name).doesNotContainAnyElementsOf(stopwords)
                    .doesNotContain("security", "master", "architect", "administrator");
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "What you’ll need:     | what you ll need",
            "  Nice-to-have!!      | nice to have",
            "C++ / C#              | c c",
            "'  '                  | ''",
    })
    void normalises(String text, String key) {
        assertThat(MatchLexicon.normalise(text)).isEqualTo(key);
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertThat(MatchLexicon.indexOfPhrase("must hold a pmp", "pmp")).isEqualTo(12);
        assertThat(MatchLexicon.indexOfPhrase("pmpx holder", "pmp")).isEqualTo(-1);
        assertThat(MatchLexicon.indexOfPhrase("a plus", "a plus")).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Requirements          | REQUIRED",
            "What you'll need      | REQUIRED",
            "Must have             | REQUIRED",
            "Preferred skills      | PREFERRED",
            "Bonus points          | PREFERRED",
            "Duties                | RESPONSIBILITIES",
            "The role              | RESPONSIBILITIES",
    })
    void knowsHeadings(String heading, JdStructure.Section kind) {
        assertThat(JdStructure.knownHeading(heading, false)).isEqualTo(kind);
    }
}
