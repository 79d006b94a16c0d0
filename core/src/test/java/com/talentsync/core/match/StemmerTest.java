package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "managed, manag",
            "management, manag",
            "manages, manag",
            "Managing, manag",
            "database, databas",
            "databases, databas",
            "companies, company",
            "deployments, deploy",
            "deployed, deploy",
            "running, run",
            "planned, plan",
            "installed, install",   // a double l stays
            "processes, process",
            "analysis, analysis",   // -is is not a plural
            "status, status",       // nor is -us
            "quickly, quick",
            "need, need",           // too short to lose -ed
            "only, only",
            "C++, c++",             // symbols: left alone
            "B2B, b2b",
            "'', ''",
    })
    void stems(String word, String stem) {
        assertThat(Stemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "managed, management",
            "manages, managing",
            "databases, database",
            "engineers, engineering",
            "analysts, analyst",
            "boxes, box",           // -es after a sibilant
            "matches, match",
            "classes, class",
            "built, build",         // irregular past forms, common in resumes
            "led, leading",
            "wrote, write",
            "ran, run",
            "taught, teaching",
    })
    void relatedWordsShareAStem(String a, String b) {
        assertThat(Stemmer.stem(a)).isEqualTo(Stemmer.stem(b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "manage, many",
            "data, date",
            "apply, apps",          // -ly after p or i belongs to the word
            "daily, dais",
    })
    void unrelatedWordsDoNot(String a, String b) {
        assertThat(Stemmer.stem(a)).isNotEqualTo(Stemmer.stem(b));
    }
}
