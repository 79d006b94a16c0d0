package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLinesTest {

    private static final String TEXT = "Ada Lovelace\nBuilt engines\n\nWrote notes";

    @ParameterizedTest
    @CsvSource({"0, Ada Lovelace", "1, Built engines", "2, ''", "3, Wrote notes"})
    void aLineIsFoundWithoutItsLineBreak(int line, String expected) {
        TextLines.Span span = TextLines.of(TEXT, line).orElseThrow();

        assertThat(TEXT.substring(span.start(), span.end())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-1", "4", "40"})
    void aLineTheTextDoesNotHaveIsNotFound(int line) {
        assertThat(TextLines.of(TEXT, line)).isEmpty();
    }
}
