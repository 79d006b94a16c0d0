package com.talentsync.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static final int NO_LIMIT = Integer.MAX_VALUE;

    @Test
    void keepsLinesAndOneBlankLineBetweenParagraphs() {
        String raw = "\n\n  Jane Doe  \r\nEngineer\r\n\r\n\r\n\n\nExperience\n\n";

        assertThat(TextNormalizer.normalize(raw, NO_LIMIT)).isEqualTo("Jane Doe\nEngineer\n\nExperience");
    }

    @Test
    void collapsesSpacesTabsAndNoBreakSpacesInsideLines() {
        assertThat(TextNormalizer.normalize("Java,\t\tSQL\u00A0\u00A0and   Go", NO_LIMIT)).isEqualTo("Java, SQL and Go");
    }

    @Test
    void treatsOldMacAndUnicodeSeparatorsAsLineBreaks() {
        assertThat(TextNormalizer.normalize("one\rtwo\u2028three\fpage two", NO_LIMIT))
                .isEqualTo("one\ntwo\nthree\npage two");
    }

    @Test
    void dropsControlCharactersAndByteOrderMarks() {
        assertThat(TextNormalizer.normalize("\uFEFFJa\u0000ne\u200B Doe\u0007", NO_LIMIT)).isEqualTo("Jane Doe");
    }

    @Test
    void whitespaceOnlyBecomesEmpty() {
        assertThat(TextNormalizer.normalize(" \n\t\r\n \u00A0 ", NO_LIMIT)).isEmpty();
    }

    @Test
    void cutsAtTheLimitWithoutSplittingASurrogatePair() {
        String raw = "abcd\uD83D\uDE00xyz";

        assertThat(TextNormalizer.normalize(raw, 5)).isEqualTo("abcd");
        assertThat(TextNormalizer.normalize(raw, 6)).isEqualTo("abcd\uD83D\uDE00");
        assertThat(TextNormalizer.normalize("word ".repeat(1000), 12)).isEqualTo("word word wo");
    }

    @Test
    void cutsOneEnormousLineToo() {
        assertThat(TextNormalizer.normalize("x".repeat(1_000_000), 10)).hasSize(10);
    }

    @Test
    void countsWhitespaceSeparatedWords() {
        assertThat(TextNormalizer.countWords("")).isZero();
        assertThat(TextNormalizer.countWords("Jane Doe\n\nJava, SQL - Go")).isEqualTo(6);
        assertThat(TextNormalizer.countWords("  one\u00A0two ")).isEqualTo(2);
    }
}
