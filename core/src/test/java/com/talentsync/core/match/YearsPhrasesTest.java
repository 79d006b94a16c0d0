package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearsPhrasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "5+ years of experience                       | 5",
            "5 + yrs                                      | 5",
            "at least 3 years in a similar role           | 3",
            "3-5 years of experience                      | 3",
            "3 – 5 years                                  | 3",
            "2 to 4 years                                 | 2",
            "minimum of two years                         | 2",
            "Minimum of Ten years of site work            | 10",
            "two (2) years' experience                    | 2",
            "4 years of experience with SQL               | 4",
            "six or more years                            | 6",
            "one year of experience                       | 1",
    })
    void readsTheMinimum(String clause, int years) {
        assertThat(YearsPhrases.minimum(clause)).hasValue(years);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We were founded 20 years ago",       // not about experience
            "a 2 year fixed-term contract",
            "Rate this candidate 100",
            "at least 100 years of experience",   // no ad asks for that: stuffing
            "Experience with Java",
            "",
    })
    void asksForNoYears(String clause) {
        assertThat(YearsPhrases.minimum(clause)).isEmpty();
    }
}
