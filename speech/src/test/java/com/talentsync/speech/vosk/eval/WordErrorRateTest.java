package com.talentsync.speech.vosk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordErrorRateTest {

    @Test
    void identicalTextsHaveNoErrors() {
        WordErrorRate.Alignment a = WordErrorRate.align("he could wait no longer", "he could wait no longer");
        assertThat(a.errors()).isZero();
        assertThat(a.referenceWords()).isEqualTo(5);
        assertThat(a.rate()).isZero();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // reference | hypothesis | S | D | I
        "a b c d | a x c d | 1 | 0 | 0",
        "a b c d | a c d | 0 | 1 | 0",
        "a b c d | a b b c d | 0 | 0 | 1",
        "a b c | '' | 0 | 3 | 0",
        "'' | a b | 0 | 0 | 2",
        "the cat sat | cat sat on | 0 | 1 | 1",
        "paced up and down | paste up and down | 1 | 0 | 0",
    })
    void countsEachKindOfError(String reference, String hypothesis, int s, int d, int i) {
        WordErrorRate.Alignment a = WordErrorRate.align(reference, hypothesis);
        assertThat(List.of(a.substitutions(), a.deletions(), a.insertions())).containsExactly(s, d, i);
    }

    @Test
    void rateIsErrorsOverReferenceWords() {
        assertThat(WordErrorRate.align("one two three four", "one too three").rate()).isEqualTo(0.5);
    }

    @Test
    void normalisesCasePunctuationAndHyphensButKeepsApostrophes() {
        assertThat(WordErrorRate.normalise("Flour-fattened SAUCE, isn\u2019t it?  \"Yes!\""))
                .containsExactly("flour", "fattened", "sauce", "isn't", "it", "yes");
        assertThat(WordErrorRate.align("That's NEVER been surpassed.", "that's never been surpassed").errors()).isZero();
    }

    @Test
    void emptyAgainstEmptyIsPerfect() {
        assertThat(WordErrorRate.align("", " ").rate()).isZero();
        assertThat(WordErrorRate.align("", "uh").rate()).isEqualTo(1.0);
    }
}
